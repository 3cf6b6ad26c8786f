package io.arcticmatch.web.trips;

import java.util.List;
import java.util.Locale;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.matching.SeekerProfile;
import io.arcticmatch.web.search.ConceptLabels;

/**
 * A seeker's profile in a few lines for a host employer: occupations with years, skills,
 * languages with level.
 *
 * @param occupations e.g. "Welder (6 years)" as label and years
 * @param skills skill names
 * @param languages e.g. "Swedish B2"
 */
record ProfileSummary(List<Occupation> occupations, List<String> skills, List<String> languages) {

	record Occupation(String label, double years) {

	}

	static ProfileSummary of(SeekerProfile profile, Concepts concepts, Locale locale) {
		LabelLanguage language = ConceptLabels.languageOf(locale);
		List<Occupation> occupations = profile.occupations()
			.stream()
			.map((experience) -> new Occupation(concepts.occupations()
				.byId(experience.conceptId())
				.map((concept) -> concept.label(language))
				.orElse(experience.conceptId()), experience.years()))
			.toList();
		List<String> skills = profile.skills()
			.stream()
			.map((skill) -> concepts.skills().byId(skill).map((concept) -> concept.label(language)).orElse(skill))
			.sorted()
			.toList();
		List<String> languages = profile.languages()
			.stream()
			.map((spoken) -> concepts.languages()
				.fromIso(spoken.languageCode())
				.asOptional()
				.map((concept) -> concept.label(language))
				.orElse(spoken.languageCode()) + " " + spoken.level())
			.toList();
		return new ProfileSummary(occupations, skills, languages);
	}

}
