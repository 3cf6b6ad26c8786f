package io.arcticmatch.web.mentors;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.concepts.language.CefrLevel;
import io.arcticmatch.matcher.concepts.occupation.OccupationConcept;
import io.arcticmatch.matcher.concepts.place.Place;
import io.arcticmatch.matcher.matching.Home;
import io.arcticmatch.matcher.matching.LanguageSkill;
import io.arcticmatch.matcher.matching.SeekerProfile;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.mentors.Values.Mentor;
import io.arcticmatch.web.mentors.Values.MentorProposal;
import io.arcticmatch.web.mentors.Values.MentorReason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The concept layer proposes mentors by occupation, shared language and distance, with
 * its reasons (the real concept data, no Spring needed).
 */
class MentorMatcherTest {

	private static Concepts concepts;

	private static MentorMatcher matcher;

	@BeforeAll
	static void loadConcepts() {
		concepts = Concepts.loadDefault();
		matcher = new MentorMatcher(concepts);
	}

	@Test
	void theSameOccupationNearbyComesFirstThenARelatedOneThenOnlyALanguage() {
		OccupationConcept welder = occupation("welder");
		OccupationConcept related = concepts.occupations()
			.all()
			.stream()
			.filter((other) -> !other.id().equals(welder.id()) && other.unitGroup().isPresent()
					&& other.unitGroup().equals(welder.unitGroup()))
			.findFirst()
			.orElseThrow();
		OccupationConcept nurse = concepts.occupations()
			.all()
			.stream()
			.filter((other) -> other.iscoAtLevel(2).isPresent() && !other.iscoAtLevel(2).equals(welder.iscoAtLevel(2)))
			.findFirst()
			.orElseThrow();
		SeekerProfile mentee = SeekerProfile.builder()
			.occupation(welder.id(), 6)
			.language(new LanguageSkill("ar", CefrLevel.C2))
			.language(new LanguageSkill("en", CefrLevel.B1))
			.home(new Home(place("Narvik").location(), "Narvik"))
			.build();
		Mentor sameNearby = mentor("Same Nearby", welder, Set.of("nb"), "Narvik");
		Mentor relatedSharingLanguage = mentor("Related Arabic", related, Set.of("ar", "sv"), "Oulu");
		Mentor onlyLanguage = mentor("Only English", nurse, Set.of("en"), "Malmö");
		Mentor nothingInCommon = mentor("Nothing", nurse, Set.of("fi"), "Oulu");

		List<MentorProposal> proposals = matcher.propose(mentee,
				List.of(nothingInCommon, onlyLanguage, relatedSharingLanguage, sameNearby), 5, LabelLanguage.EN);

		assertThat(proposals).extracting((proposal) -> proposal.mentor().displayName())
			.containsExactly("Same Nearby", "Related Arabic", "Only English");
		assertThat(proposals.get(0).score()).isEqualTo(MentorMatcher.SAME_OCCUPATION + 25);
		assertThat(proposals.get(0).reasons()).extracting(MentorReason::messageKey)
			.containsExactly("mentors.reason.sameOccupation", "mentors.reason.distance");
		assertThat(proposals.get(1).reasons()).extracting(MentorReason::messageKey)
			.containsExactly("mentors.reason.similarOccupation", "mentors.reason.sharedLanguages");
		assertThat(proposals.get(1).reasons().get(1).args()).containsExactly("ar");
		assertThat(proposals.get(2).score()).isEqualTo(MentorMatcher.SHARED_LANGUAGE);
	}

	@Test
	void aMenteeWithoutAProfileGetsNoProposals() {
		Mentor mentor = mentor("Anyone", occupation("welder"), Set.of("nb"), "Narvik");

		assertThat(matcher.propose(null, List.of(mentor), 5, LabelLanguage.EN)).isEmpty();
	}

	@Test
	void proposalsStopAtTheLimit() {
		OccupationConcept welder = occupation("welder");
		SeekerProfile mentee = SeekerProfile.builder().occupation(welder.id(), 1).build();
		List<Mentor> many = java.util.stream.IntStream.range(0, 9)
			.mapToObj((i) -> mentor("Mentor " + i, welder, Set.of("nb"), "Narvik"))
			.toList();

		assertThat(matcher.propose(mentee, many, 5, LabelLanguage.EN)).hasSize(5);
	}

	private static OccupationConcept occupation(String label) {
		return concepts.occupations().byLabel(label).stream().findFirst().orElseThrow(() -> new AssertionError(label));
	}

	private static Place place(String name) {
		return concepts.places().findByName(name).stream().findFirst().orElseThrow(() -> new AssertionError(name));
	}

	private static Mentor mentor(String name, OccupationConcept occupation, Set<String> languages, String placeName) {
		return new Mentor(new AccountId(UUID.randomUUID()), name, List.of(occupation.id()), languages,
				place(placeName).id(), placeName, 4, "", MentorStatus.APPROVED);
	}

}
