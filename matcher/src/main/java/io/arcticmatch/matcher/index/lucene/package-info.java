/**
 * The embedded posting store: a Lucene index in a local folder, so the platform runs
 * without any server.
 */
@NullMarked
package io.arcticmatch.matcher.index.lucene;

import org.jspecify.annotations.NullMarked;
