package io.arcticmatch.web.trips;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.arcticmatch.matcher.concepts.language.CefrLevel;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.matching.LanguageSkill;
import io.arcticmatch.matcher.matching.Mobility;
import io.arcticmatch.matcher.matching.PostingScorer;
import io.arcticmatch.matcher.matching.SeekerProfile;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.LanguageRequirement;
import io.arcticmatch.matcher.posting.PostingId;
import io.arcticmatch.matcher.posting.PostingPlace;
import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.Role;
import io.arcticmatch.web.consent.ConsentPurpose;
import io.arcticmatch.web.consent.Consents;
import io.arcticmatch.web.profiles.SeekerProfiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Once the host's openings are provided through {@link HostOpenings}, participants are
 * scored against them with the real matcher and the best match comes first. The provider
 * is handed in directly: a bean of it in the shared test context would change every test.
 */
@WebAppTest
class MatchmakingScoreTest {

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private Trips trips;

	@Autowired
	private TripSignups signups;

	@Autowired
	private Consents consents;

	@Autowired
	private SeekerProfiles profiles;

	@Autowired
	private PostingScorer scorer;

	@Autowired
	private TripSettings settings;

	@Test
	void participantsAreScoredAgainstTheHostsOpeningsBestFirst() {
		TripFixtures fixtures = new TripFixtures(this.jdbc, this.accounts, this.trips);
		String domain = TripFixtures.domain();
		Account host = fixtures.person(Role.EMPLOYER, "host@" + domain);
		UUID tripId = fixtures.trip(fixtures.person(Role.COACH, "coach@" + domain),
				TripFixtures.details("Scored", 5, TripFixtures.inDays(10)));
		Account swedish = fixtures.bulkSeeker("swedish@" + domain);
		Account none = fixtures.bulkSeeker("none@" + domain);
		for (Account seeker : List.of(none, swedish)) {
			this.consents.give(seeker.id(), ConsentPurpose.EMPLOYERS);
			this.signups.signUp(tripId, seeker, "", "");
		}
		this.profiles.save(swedish.id(),
				SeekerProfile.builder()
					.language(new LanguageSkill("sv", CefrLevel.C1))
					.mobility(Country.SE, Mobility.commuteOrRelocate(50))
					.build());
		this.profiles.save(none.id(), SeekerProfile.builder().build());
		JobPosting opening = JobPosting
			.builder(new PostingId("employer", "opening-1"), "Undersköterska", PostingPlace.inCountry(Country.SE),
					Instant.now())
			.language(new LanguageRequirement("sv", true))
			.build();
		HostOpenings openings = (employer) -> employer.equals(host.id()) ? List.of(opening) : List.of();
		Matchmaking matchmaking = new Matchmaking(this.jdbc, this.signups, this.consents, this.profiles, this.scorer,
				new StaticListableBeanFactory(Map.of("openings", openings)).getBeanProvider(HostOpenings.class),
				this.settings, Clock.systemUTC());

		List<Matchmaking.Candidate> candidates = matchmaking.candidates(this.trips.find(tripId).orElseThrow(),
				host.id());

		assertThat(candidates).allSatisfy((candidate) -> assertThat(candidate.score()).isNotNull());
		assertThat(candidates)
			.as(() -> candidates.stream()
				.map((candidate) -> candidate.person().email() + " " + candidate.score().toTree())
				.toList()
				.toString())
			.extracting(Matchmaking.Candidate::person)
			.extracting(Person::id)
			.containsExactly(swedish.id(), none.id());
		assertThat(candidates).allSatisfy((candidate) -> assertThat(candidate.score()).isNotNull());
		assertThat(candidates.get(0).score().value()).isGreaterThan(candidates.get(1).score().value());
	}

}
