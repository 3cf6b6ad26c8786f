package io.arcticmatch.matcher.matching;

import java.util.Objects;

/**
 * An occupation a job seeker has worked in or trained for.
 *
 * @param conceptId the occupation concept's id in the concept layer (an ESCO URI or
 * {@code isco08:} and an ISCO code)
 * @param years years of experience in it, 0 for a newly trained person
 */
public record OccupationExperience(String conceptId, double years) {

	public OccupationExperience {
		Objects.requireNonNull(conceptId, "conceptId");
		if (!(years >= 0) || Double.isInfinite(years)) {
			throw new IllegalArgumentException("Years of experience are 0 or more, not " + years);
		}
	}

}
