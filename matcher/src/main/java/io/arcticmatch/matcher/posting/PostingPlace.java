package io.arcticmatch.matcher.posting;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.concepts.place.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * Where a job is. Feeds give as little as a country, so everything but the country may be
 * missing.
 *
 * @param country the country of the workplace
 * @param regionCode the county (fylke, län, maakunta) code, if known
 * @param municipalityCode the national municipality code (kommunenummer, kommunkod,
 * kuntakoodi), if known
 * @param name the place name to show, if any
 * @param coordinates the workplace or, failing that, its municipality's centre, if known
 */
public record PostingPlace(Country country, @Nullable String regionCode, @Nullable String municipalityCode,
		@Nullable String name, @Nullable GeoPoint coordinates) {

	public static PostingPlace inCountry(Country country) {
		return new PostingPlace(country, null, null, null, null);
	}

}
