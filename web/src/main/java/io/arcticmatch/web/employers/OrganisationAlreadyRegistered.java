package io.arcticmatch.web.employers;

import io.arcticmatch.matcher.concepts.place.Country;

/**
 * An organisation number is registered already.
 */
public class OrganisationAlreadyRegistered extends RuntimeException {

	OrganisationAlreadyRegistered(Country country, String number) {
		super("%s organisation %s is registered already".formatted(country, number));
	}

}
