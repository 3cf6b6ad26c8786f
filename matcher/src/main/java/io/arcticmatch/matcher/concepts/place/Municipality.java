package io.arcticmatch.matcher.concepts.place;

import io.arcticmatch.matcher.concepts.core.Labels;
import org.jspecify.annotations.Nullable;

/**
 * A kommune (Norway), kommun (Sweden) or kunta (Finland).
 *
 * @param id {@code place:}, the country, {@code :} and the code
 * @param country the country
 * @param code the national code: 4 digits in Norway and Sweden, 3 in Finland
 * @param labels the official name in the country's language, with names in the other
 * languages of the north where known
 * @param region the region it lies in
 * @param location its centre (GeoNames, the place named in {@code coordinateSource})
 * @param coordinateSource the populated place the coordinates are of
 * @param jobTechConceptId the JobTech Taxonomy concept id (Swedish municipalities only)
 */
public record Municipality(String id, Country country, String code, Labels labels, Region region, GeoPoint location,
		String coordinateSource, @Nullable String jobTechConceptId) implements Place {

	/**
	 * The official name.
	 * @return the name in the country's language
	 */
	public String name() {
		return this.labels.get(this.country.language());
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return this == other || (other instanceof Municipality municipality && this.id.equals(municipality.id));
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	@Override
	public String toString() {
		return this.id + " (" + name() + ")";
	}

}
