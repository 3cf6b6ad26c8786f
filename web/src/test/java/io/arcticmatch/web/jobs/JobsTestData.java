package io.arcticmatch.web.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.concepts.place.GeoPoint;
import io.arcticmatch.matcher.matching.Home;
import io.arcticmatch.matcher.matching.Mobility;
import io.arcticmatch.matcher.matching.SeekerProfile;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.PostingId;
import io.arcticmatch.matcher.posting.PostingOccupation;
import io.arcticmatch.matcher.posting.PostingPlace;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.NewAccount;
import io.arcticmatch.web.accounts.Role;

/**
 * Postings, places and people for the job pages' tests.
 */
final class JobsTestData {

	static final String PASSWORD = "a long enough password";

	static final PostingOccupation NURSE = new PostingOccupation("isco08:2221", null, "2221", 1.0);

	static final PostingPlace NARVIK = new PostingPlace(Country.NO, "18", "1806", "Narvik",
			new GeoPoint(68.43838, 17.4272));

	static final PostingPlace KIRUNA = new PostingPlace(Country.SE, "25", "2584", "Kiruna",
			new GeoPoint(67.85572, 20.22513));

	static final PostingPlace ROVANIEMI = new PostingPlace(Country.FI, "19", "698", "Rovaniemi",
			new GeoPoint(66.50394, 25.72939));

	private JobsTestData() {
	}

	static JobPosting.Builder posting(String source, String id, String title, PostingPlace place, int daysOld) {
		return JobPosting
			.builder(new PostingId(source, id), title, place, Instant.now().minus(Duration.ofDays(daysOld)))
			.employer("Employer " + id)
			.description("<p>Ad " + id + "</p>")
			.language("nb")
			.occupation(NURSE);
	}

	static Account account(AccountService accounts, Role role) {
		String email = role.name().toLowerCase(java.util.Locale.ROOT) + "-" + UUID.randomUUID() + "@example.no";
		accounts.open(new NewAccount(email, "Test " + role, PASSWORD, role));
		return accounts.findByEmail(email).orElseThrow();
	}

	/**
	 * A nurse living in Narvik who works anywhere in the three countries.
	 */
	static SeekerProfile nurseInNarvik() {
		return SeekerProfile.builder()
			.occupation("isco08:2221", 5)
			.home(new Home(NARVIK.coordinates(), "Narvik"))
			.mobility(Country.NO, Mobility.commuteOrRelocate(500))
			.mobility(Country.SE, Mobility.commuteOrRelocate(500))
			.mobility(Country.FI, Mobility.commuteOrRelocate(500))
			.build();
	}

}
