package io.arcticmatch.web.coaching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.arcticmatch.matcher.concepts.place.Country;

/**
 * A group of job seekers that one or more coaches follow.
 *
 * @param id the group's id
 * @param name what coaches and members call it
 * @param description what the group is about
 * @param languages the languages the group works in, as tags ({@code nb}, {@code sv},
 * {@code fi}, {@code en}, {@code se})
 * @param startsOn first day
 * @param endsOn last day
 * @param targetCountries where the members look for work
 * @param createdAt when it was made
 */
public record CoachingGroup(GroupId id, String name, String description, List<String> languages, LocalDate startsOn,
		LocalDate endsOn, List<Country> targetCountries, Instant createdAt) {

	public CoachingGroup {
		languages = List.copyOf(languages);
		targetCountries = List.copyOf(targetCountries);
	}

}
