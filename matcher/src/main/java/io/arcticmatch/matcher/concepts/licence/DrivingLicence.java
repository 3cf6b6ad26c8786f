package io.arcticmatch.matcher.concepts.licence;

import io.arcticmatch.matcher.concepts.core.Concept;
import io.arcticmatch.matcher.concepts.core.ConceptKind;
import io.arcticmatch.matcher.concepts.core.Labels;
import org.jspecify.annotations.Nullable;

/**
 * A driving-licence class.
 *
 * @param id {@code licence:} and the code
 * @param code the class, e.g. {@code B}, {@code C1E}, {@code B96}, {@code T}
 * @param labels the code itself in every language plus the English description
 * @param euHarmonised whether it is an EU category (or EU code 96)
 * @param jobTechConceptId the JobTech Taxonomy concept id, if any
 * @param notes national notes from the data
 */
public record DrivingLicence(String id, String code, Labels labels, boolean euHarmonised,
		@Nullable String jobTechConceptId, String notes) implements Concept {

	@Override
	public ConceptKind kind() {
		return ConceptKind.DRIVING_LICENCE;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return this == other || (other instanceof DrivingLicence licence && this.id.equals(licence.id));
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	@Override
	public String toString() {
		return this.id;
	}

}
