/**
 * The Arctic Match engine: the posting model, the posting index and (to come) taxonomy
 * concepts and scoring. Knows nothing of the web or of feeds.
 */
@NullMarked
package io.arcticmatch.matcher;

import org.jspecify.annotations.NullMarked;
