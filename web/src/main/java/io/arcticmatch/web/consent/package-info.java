/**
 * A job seeker's consent, per purpose, to be seen by others: recorded with its time,
 * never assumed, and withdrawn as easily as it was given. Every feature that shows a
 * seeker to someone else asks here first.
 */
@NullMarked
package io.arcticmatch.web.consent;

import org.jspecify.annotations.NullMarked;
