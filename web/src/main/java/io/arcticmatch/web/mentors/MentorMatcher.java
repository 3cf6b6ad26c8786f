package io.arcticmatch.web.mentors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.concepts.occupation.IscoGroup;
import io.arcticmatch.matcher.concepts.occupation.OccupationConcept;
import io.arcticmatch.matcher.concepts.place.Place;
import io.arcticmatch.matcher.matching.LanguageSkill;
import io.arcticmatch.matcher.matching.OccupationExperience;
import io.arcticmatch.matcher.matching.SeekerProfile;
import io.arcticmatch.web.mentors.Values.Mentor;
import io.arcticmatch.web.mentors.Values.MentorProposal;
import io.arcticmatch.web.mentors.Values.MentorReason;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Proposes mentors for a mentee through the concept layer: the same occupation (or the
 * same ISCO unit group, or the same ISCO sub-major group), a shared language and how far
 * apart they live. Each proposal carries its reasons; the coordinator decides.
 */
@Component
class MentorMatcher {

	static final int SAME_OCCUPATION = 50;

	static final int SAME_UNIT_GROUP = 35;

	static final int SAME_FIELD = 15;

	static final int SHARED_LANGUAGE = 25;

	private final Concepts concepts;

	MentorMatcher(Concepts concepts) {
		this.concepts = concepts;
	}

	List<MentorProposal> propose(@Nullable SeekerProfile mentee, List<Mentor> mentors, int limit,
			LabelLanguage language) {
		if (mentee == null) {
			return List.of();
		}
		List<MentorProposal> proposals = new ArrayList<>();
		for (Mentor mentor : mentors) {
			List<MentorReason> reasons = new ArrayList<>();
			int score = occupation(mentee, mentor, reasons, language) + languages(mentee, mentor, reasons)
					+ distance(mentee, mentor, reasons);
			if (score > 0) {
				proposals.add(new MentorProposal(mentor, Math.min(100, score), reasons));
			}
		}
		return proposals.stream()
			.sorted(Comparator.comparingInt(MentorProposal::score)
				.reversed()
				.thenComparing((proposal) -> proposal.mentor().displayName()))
			.limit(limit)
			.toList();
	}

	private int occupation(SeekerProfile mentee, Mentor mentor, List<MentorReason> reasons, LabelLanguage language) {
		int best = 0;
		String label = null;
		for (OccupationExperience wanted : mentee.occupations()) {
			Optional<OccupationConcept> menteeOccupation = this.concepts.occupations().byId(wanted.conceptId());
			for (String offered : mentor.occupations()) {
				Optional<OccupationConcept> mentorOccupation = this.concepts.occupations().byId(offered);
				if (menteeOccupation.isEmpty() || mentorOccupation.isEmpty()) {
					continue;
				}
				int points = closeness(menteeOccupation.get(), mentorOccupation.get());
				if (points > best) {
					best = points;
					label = mentorOccupation.get().labels().get(language);
				}
			}
		}
		if (best == SAME_OCCUPATION) {
			reasons.add(new MentorReason("mentors.reason.sameOccupation", List.of(label)));
		}
		else if (best == SAME_UNIT_GROUP) {
			reasons.add(new MentorReason("mentors.reason.similarOccupation", List.of(label)));
		}
		else if (best == SAME_FIELD) {
			reasons.add(new MentorReason("mentors.reason.sameField", List.of(label)));
		}
		return best;
	}

	private static int closeness(OccupationConcept a, OccupationConcept b) {
		if (a.id().equals(b.id())) {
			return SAME_OCCUPATION;
		}
		Optional<IscoGroup> unitA = a.unitGroup();
		if (unitA.isPresent() && unitA.equals(b.unitGroup())) {
			return SAME_UNIT_GROUP;
		}
		Optional<IscoGroup> fieldA = a.iscoAtLevel(2);
		if (fieldA.isPresent() && fieldA.equals(b.iscoAtLevel(2))) {
			return SAME_FIELD;
		}
		return 0;
	}

	private static int languages(SeekerProfile mentee, Mentor mentor, List<MentorReason> reasons) {
		Set<String> shared = new TreeSet<>();
		for (LanguageSkill skill : mentee.languages()) {
			if (mentor.languages().contains(skill.languageCode())) {
				shared.add(skill.languageCode());
			}
		}
		if (shared.isEmpty()) {
			return 0;
		}
		reasons.add(new MentorReason("mentors.reason.sharedLanguages", List.of(String.join(", ", shared))));
		return SHARED_LANGUAGE;
	}

	private int distance(SeekerProfile mentee, Mentor mentor, List<MentorReason> reasons) {
		if (mentee.home() == null || mentor.placeId() == null) {
			return 0;
		}
		Optional<Place> place = this.concepts.places().byId(mentor.placeId());
		if (place.isEmpty()) {
			return 0;
		}
		double km = mentee.home().location().distanceKm(place.get().location());
		int points = (km <= 50) ? 25 : (km <= 150) ? 15 : (km <= 400) ? 5 : 0;
		if (points > 0) {
			reasons.add(new MentorReason("mentors.reason.distance", List.of(Math.round(km), mentor.placeName())));
		}
		return points;
	}

}
