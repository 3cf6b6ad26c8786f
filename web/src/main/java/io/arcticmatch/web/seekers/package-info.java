/**
 * A job seeker's own pages beyond the profile: the ranked, explained matches across the
 * three countries, and "my data" (export everything as JSON, delete the account).
 */
@NullMarked
package io.arcticmatch.web.seekers;

import org.jspecify.annotations.NullMarked;
