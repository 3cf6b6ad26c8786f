package io.arcticmatch.matcher.concepts.place;

import io.arcticmatch.matcher.concepts.core.Labels;
import org.jspecify.annotations.Nullable;

/**
 * A country as a place.
 *
 * @param id {@code place:} and the country code
 * @param country the country
 * @param labels its names
 * @param location the mean of its municipalities' centres in the data (Finland's data
 * covers Lapland and Oulu only)
 */
public record CountryArea(String id, Country country, Labels labels, GeoPoint location) implements Place {

	@Override
	public String code() {
		return "";
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return this == other || (other instanceof CountryArea area && this.id.equals(area.id));
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
