/**
 * The front page.
 */
@NullMarked
package io.arcticmatch.web.home;

import org.jspecify.annotations.NullMarked;
