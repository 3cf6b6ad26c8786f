package io.arcticmatch.matcher.concepts.place;

import io.arcticmatch.matcher.concepts.core.Labels;
import org.jspecify.annotations.Nullable;

/**
 * A fylke (Norway, 2024 division: 18 Nordland, 55 Troms, 56 Finnmark, ...), län (Sweden)
 * or maakunta (Finland).
 *
 * @param id {@code place:}, the country and {@code :region:} and the code
 * @param country the country
 * @param code the 2-digit code
 * @param labels its names
 * @param location the mean of its municipalities' centres
 */
public record Region(String id, Country country, String code, Labels labels, GeoPoint location) implements Place {

	@Override
	public boolean equals(@Nullable Object other) {
		return this == other || (other instanceof Region region && this.id.equals(region.id));
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	@Override
	public String toString() {
		return this.id + " (" + this.labels.get(this.country.language()) + ")";
	}

}
