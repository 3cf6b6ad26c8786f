package io.arcticmatch.ingest.source;

import io.arcticmatch.matcher.concepts.place.Country;
import org.jspecify.annotations.Nullable;

/**
 * Where a job is, as the source said it. Names are kept as given (NAV's are UPPER-CASE).
 *
 * @param country the country if it is one Arctic Match covers; null for a workplace
 * abroad (then {@code countryName} says where) or when nothing at all is known
 * @param countryName the country as the source wrote it ("NORGE", "Sverige", "246"...)
 * @param municipalityCode the national municipality code (SE 4-digit kommunkod, FI
 * 3-digit kuntakoodi, NO 4-digit kommunenummer where the source has one)
 * @param municipalityName the municipality as given
 * @param regionCode the region code as given (SE län code, FI TE region code)
 * @param regionName the region (county, län, maakunta) as given
 * @param postalCode the postal code
 * @param city the postal town or city as given
 * @param address the street address as given
 * @param coordinates the point, when the source gave a usable one
 */
public record SourcePlace(@Nullable Country country, @Nullable String countryName, @Nullable String municipalityCode,
		@Nullable String municipalityName, @Nullable String regionCode, @Nullable String regionName,
		@Nullable String postalCode, @Nullable String city, @Nullable String address,
		@Nullable Coordinates coordinates) {

}
