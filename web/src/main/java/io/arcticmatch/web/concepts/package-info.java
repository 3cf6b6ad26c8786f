/**
 * The concept typeahead as a JSON endpoint, for every form that picks occupations,
 * skills, places, languages or driving licences by name in any of the platform's
 * languages.
 */
@NullMarked
package io.arcticmatch.web.concepts;

import org.jspecify.annotations.NullMarked;
