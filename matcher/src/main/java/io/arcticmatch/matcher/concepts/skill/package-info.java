/**
 * Skills: ESCO skills and JobTech skills, linked through the ESCO-SE skills mapping
 * table, with the skills JobTech relates to each SSYK group.
 */
@NullMarked
package io.arcticmatch.matcher.concepts.skill;

import org.jspecify.annotations.NullMarked;
