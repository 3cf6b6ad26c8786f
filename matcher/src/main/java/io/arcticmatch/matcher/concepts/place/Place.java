package io.arcticmatch.matcher.concepts.place;

import io.arcticmatch.matcher.concepts.core.Concept;
import io.arcticmatch.matcher.concepts.core.ConceptKind;

/**
 * A country, region or municipality.
 */
public sealed interface Place extends Concept permits CountryArea, Region, Municipality {

	/**
	 * The country the place is in.
	 * @return the country
	 */
	Country country();

	/**
	 * The national code: empty for a country, the region code (fylkesnummer, länskod,
	 * maakuntakoodi), or the municipality code.
	 * @return the code
	 */
	String code();

	/**
	 * Where the place is: a municipality's centre, or the mean of the centres of a
	 * region's or country's municipalities in the data.
	 * @return the point
	 */
	GeoPoint location();

	@Override
	default ConceptKind kind() {
		return ConceptKind.PLACE;
	}

	/**
	 * The great-circle distance between the locations of two places.
	 * @param other the other place
	 * @return the distance in km
	 */
	default double distanceKm(Place other) {
		return location().distanceKm(other.location());
	}

}
