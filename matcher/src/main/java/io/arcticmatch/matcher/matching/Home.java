package io.arcticmatch.matcher.matching;

import java.util.Objects;

import io.arcticmatch.matcher.concepts.place.GeoPoint;

/**
 * Where a job seeker lives.
 *
 * @param location the home's coordinates (or its municipality's centre)
 * @param placeName the name to show in explanations, e.g. {@code Kiruna}
 */
public record Home(GeoPoint location, String placeName) {

	public Home {
		Objects.requireNonNull(location, "location");
		Objects.requireNonNull(placeName, "placeName");
	}

}
