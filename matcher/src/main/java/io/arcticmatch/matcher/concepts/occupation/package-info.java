/**
 * Occupations: ESCO occupations and ISCO-08 groups, reached from STYRK-08 (Norway),
 * JobTech occupation names and SSYK 2012 (Sweden), Ammattiluokitus 2010 (Finland) and
 * ISCO-08.
 */
@NullMarked
package io.arcticmatch.matcher.concepts.occupation;

import org.jspecify.annotations.NullMarked;
