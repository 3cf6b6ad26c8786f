package io.arcticmatch.web.coaching;

import java.time.LocalDate;
import java.util.List;

import io.arcticmatch.matcher.concepts.place.Country;

/**
 * What a coach says about a group when making or changing it.
 *
 * @param name its name
 * @param description what it is about
 * @param languages the languages it works in
 * @param startsOn first day
 * @param endsOn last day
 * @param targetCountries where the members look for work
 */
public record GroupDetails(String name, String description, List<String> languages, LocalDate startsOn,
		LocalDate endsOn, List<Country> targetCountries) {

}
