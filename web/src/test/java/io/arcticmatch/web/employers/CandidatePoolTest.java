package io.arcticmatch.web.employers;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.arcticmatch.matcher.concepts.language.CefrLevel;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.concepts.place.GeoPoint;
import io.arcticmatch.matcher.matching.Home;
import io.arcticmatch.matcher.matching.LanguageSkill;
import io.arcticmatch.matcher.matching.Mobility;
import io.arcticmatch.matcher.matching.SeekerProfile;
import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.consent.ConsentPurpose;
import io.arcticmatch.web.consent.Consents;
import io.arcticmatch.web.profiles.SeekerProfiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The employers' pool of candidates is kept between requests and follows every change of
 * profiles and consents without a restart.
 */
@WebAppTest
class CandidatePoolTest {

	/**
	 * An occupation no other test's seekers have, so that these seekers lead the list.
	 */
	private static final String GARDENER = "isco08:6224";

	@Autowired
	private Openings openings;

	@Autowired
	private Candidates candidates;

	@Autowired
	private CandidatePool pool;

	@Autowired
	private AccountService accounts;

	@Autowired
	private Employers employers;

	@Autowired
	private SeekerProfiles profiles;

	@Autowired
	private Consents consents;

	private EmployerTestData data;

	private final List<Runnable> closing = new ArrayList<>();

	@BeforeEach
	void setUp() {
		this.data = new EmployerTestData(this.accounts, this.employers, this.profiles, this.consents);
	}

	@AfterEach
	void cleanUp() {
		// closed openings leave the search, so they do not enter other tests' matches
		this.closing.forEach(Runnable::run);
	}

	private Opening post(EmployerTestData.Member member, String word) {
		Opening opening = this.openings.post(member.account(), gardenerOpening(word));
		this.closing.add(() -> this.openings.close(member.account(), opening.id()));
		return opening;
	}

	@Test
	void thePoolIsKeptWhileNothingChanges() {
		assertThat(this.pool.current()).isSameAs(this.pool.current());
	}

	@Test
	void aNewlyConsentingSeekerAppearsAndAWithdrawnOneDisappearsWithoutARestart() {
		var member = this.data.approved();
		Opening opening = post(member, "pool");
		Account seeker = gardener("Hanna Gardener");
		assertThat(candidateIds(member.account(), opening)).doesNotContain(seeker.id().value());

		this.consents.give(seeker.id(), ConsentPurpose.EMPLOYERS);
		assertThat(candidateIds(member.account(), opening)).contains(seeker.id().value());

		this.consents.withdraw(seeker.id(), ConsentPurpose.EMPLOYERS);
		assertThat(candidateIds(member.account(), opening)).doesNotContain(seeker.id().value());

		this.consents.give(seeker.id(), ConsentPurpose.EMPLOYERS);
		assertThat(candidateIds(member.account(), opening)).contains(seeker.id().value());

		this.accounts.delete(seeker.id());
		assertThat(candidateIds(member.account(), opening)).doesNotContain(seeker.id().value());
	}

	@Test
	void aSavedProfileIsMatchedAsSavedAtOnce() {
		var member = this.data.approved();
		Opening opening = post(member, "saved");
		Account seeker = gardener("Harald Gardener");
		this.consents.give(seeker.id(), ConsentPurpose.EMPLOYERS);
		double before = scoreOf(member.account(), opening, seeker);

		// no occupation now: no occupation points for the gardening job
		this.profiles.save(seeker.id(), profile(false));

		assertThat(scoreOf(member.account(), opening, seeker)).isLessThan(before);
	}

	@Test
	void requestsDuringAChangeAllSeeTheChangeOnceItIsCommitted() throws Exception {
		var member = this.data.approved();
		Opening opening = post(member, "concurrent");
		Account seeker = gardener("Hilde Gardener");
		this.consents.give(seeker.id(), ConsentPurpose.EMPLOYERS);

		try (ExecutorService threads = Executors.newFixedThreadPool(6,
				Thread.ofPlatform().name("candidate-pool-test-", 0).factory())) {
			List<Future<List<UUID>>> lists = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				lists.add(threads.submit(() -> candidateIds(member.account(), opening)));
			}
			for (Future<List<UUID>> list : lists) {
				assertThat(list.get()).contains(seeker.id().value());
			}
		}
		assertThat(this.pool.current()).isSameAs(this.pool.current());
	}

	private List<UUID> candidateIds(Account employer, Opening opening) {
		return this.candidates.top(employer, opening.id()).stream().map(Candidates.MatchedCandidate::seeker).toList();
	}

	private double scoreOf(Account employer, Opening opening, Account seeker) {
		return this.candidates.top(employer, opening.id())
			.stream()
			.filter((candidate) -> candidate.seeker().equals(seeker.id().value()))
			.findFirst()
			.orElseThrow()
			.score()
			.value();
	}

	/** A seeker without consent yet, a gardener in Kiruna. */
	private Account gardener(String name) {
		Account seeker = this.data.seeker(name, false);
		this.profiles.save(seeker.id(), profile(true));
		// leaves no consenting seeker behind for other tests' candidate lists
		this.closing.add(() -> this.accounts.delete(seeker.id()));
		return seeker;
	}

	private static SeekerProfile profile(boolean gardener) {
		SeekerProfile.Builder profile = SeekerProfile.builder();
		if (gardener) {
			profile.occupation(GARDENER, 8);
		}
		return profile.skill(EmployerTestData.WELDING)
			.language(new LanguageSkill("sv", CefrLevel.C2))
			.drivingLicence("licence:B")
			.home(new Home(new GeoPoint(67.8558, 20.2253), "Kiruna"))
			.mobility(Country.SE, Mobility.commute(50))
			.build();
	}

	private static OpeningDetails gardenerOpening(String word) {
		OpeningDetails welder = EmployerTestData.welder(word);
		return new OpeningDetails("Trädgårdsarbetare " + word, GARDENER, "Trädgårdsarbetare", welder.skills(),
				welder.descriptionHtml(), welder.country(), welder.municipalityCode(), welder.municipalityName(),
				welder.employmentType(), welder.workingTime(), welder.remoteMode(), welder.languages(),
				welder.licenceIds(), welder.salaryMin(), welder.salaryMax(), welder.currency(), welder.salaryPeriod(),
				welder.deadline(), welder.applyUrl(), welder.applyEmail());
	}

}
