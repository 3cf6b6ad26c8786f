/**
 * Languages by ISO 639 code (the Sámi languages, Meänkieli and Kven included) and
 * language levels on the CEFR scale, with the level words NAV and JobTech use.
 */
@NullMarked
package io.arcticmatch.matcher.concepts.language;

import org.jspecify.annotations.NullMarked;
