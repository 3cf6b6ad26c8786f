package io.arcticmatch.matcher.posting;

import io.arcticmatch.matcher.concepts.place.Country;
import org.jspecify.annotations.Nullable;

/**
 * Where a job is. Feeds give as little as a country, so everything but the country may be
 * missing.
 *
 * @param country the country of the workplace
 * @param municipalityCode the national municipality code (kommunenummer, kommunkod,
 * kuntakoodi), if known
 * @param name the place name as the ad gives it, if any
 */
public record PostingPlace(Country country, @Nullable String municipalityCode, @Nullable String name) {

	public static PostingPlace inCountry(Country country) {
		return new PostingPlace(country, null, null);
	}

}
