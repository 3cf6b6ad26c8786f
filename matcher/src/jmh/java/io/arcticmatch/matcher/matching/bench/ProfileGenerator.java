package io.arcticmatch.matcher.matching.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.language.CefrLevel;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.concepts.place.GeoPoint;
import io.arcticmatch.matcher.index.bench.PostingGenerator;
import io.arcticmatch.matcher.matching.CandidateMatcher.Candidate;
import io.arcticmatch.matcher.matching.Home;
import io.arcticmatch.matcher.matching.LanguageSkill;
import io.arcticmatch.matcher.matching.Mobility;
import io.arcticmatch.matcher.matching.SalaryWish;
import io.arcticmatch.matcher.matching.SeekerProfile;
import io.arcticmatch.matcher.posting.EmploymentType;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.LanguageRequirement;
import io.arcticmatch.matcher.posting.RemoteMode;
import io.arcticmatch.matcher.posting.SalaryPeriod;

/**
 * Seeded job seeker profiles shaped like the generated postings: each is drawn from a
 * generated ad (its occupation, some of its skills, its town, its country's language),
 * so occupations and homes are spread as ads are, with a second occupation, other
 * skills, languages and licences, commuting and relocation per country added at random.
 */
final class ProfileGenerator {

	private static final List<String> NATIVE = List.of("nb", "sv", "fi");

	private final PostingGenerator postings;

	private final SplittableRandom random;

	private final String licenceB;

	ProfileGenerator(Concepts concepts, long seed) {
		this.postings = new PostingGenerator(concepts, seed, MatchingBenchmarks.NOW);
		this.random = new SplittableRandom(seed + 1);
		this.licenceB = concepts.licences().fromCode("B").asOptional().orElseThrow().id();
	}

	/**
	 * @param count how many
	 * @return the candidates, ids {@code seeker-<n>}
	 */
	List<Candidate> candidates(int count) {
		List<Candidate> candidates = new ArrayList<>(count);
		int batch = 10_000;
		for (int done = 0; done < count; done += batch) {
			List<JobPosting> templates = this.postings.next(Math.min(batch, count - done) + 1);
			for (int i = 0; i < templates.size() - 1; i++) {
				candidates.add(new Candidate("seeker-%07d".formatted(done + i),
						profile(templates.get(i), templates.get(i + 1))));
			}
		}
		return candidates;
	}

	/**
	 * @param count how many
	 * @return profiles without ids
	 */
	List<SeekerProfile> profiles(int count) {
		return candidates(count).stream().map(Candidate::profile).toList();
	}

	private SeekerProfile profile(JobPosting ad, JobPosting other) {
		SplittableRandom r = this.random;
		SeekerProfile.Builder profile = SeekerProfile.builder();
		JobPosting first = (ad.occupation() != null) ? ad : other;
		if (first.occupation() != null) {
			profile.occupation(first.occupation().conceptId(), r.nextInt(16));
		}
		if (other.occupation() != null && r.nextInt(100) < 30) {
			profile.occupation(other.occupation().conceptId(), r.nextInt(6));
		}
		for (String skill : ad.skills()) {
			if (r.nextBoolean()) {
				profile.skill(skill);
			}
		}
		for (String skill : other.skills()) {
			if (r.nextInt(100) < 20) {
				profile.skill(skill);
			}
		}
		Country home = ad.place().country();
		profile.language(new LanguageSkill(NATIVE.get(home.ordinal() % NATIVE.size()), CefrLevel.NATIVE));
		for (LanguageRequirement asked : ad.languages()) {
			if (r.nextInt(100) < 70) {
				profile.language(new LanguageSkill(asked.languageCode(), CefrLevel.values()[1 + r.nextInt(5)]));
			}
		}
		if (r.nextInt(100) < 70) {
			profile.language(new LanguageSkill("en", CefrLevel.values()[r.nextInt(6)]));
		}
		if (r.nextInt(100) < 75) {
			profile.drivingLicence(this.licenceB);
		}
		for (String licence : ad.drivingLicences()) {
			if (r.nextInt(100) < 60) {
				profile.drivingLicence(licence);
			}
		}
		GeoPoint workplace = ad.place().coordinates();
		if (workplace != null) {
			profile.home(new Home(new GeoPoint(workplace.latitude() + (r.nextDouble() - 0.5) * 0.5,
					workplace.longitude() + (r.nextDouble() - 0.5) * 1.0), ad.place().name()));
		}
		profile.mobility(home, new Mobility(10 + r.nextInt(140), r.nextInt(100) < 30));
		for (Country country : Country.values()) {
			if (country != home && r.nextInt(100) < 30) {
				profile.mobility(country, new Mobility(r.nextInt(120), r.nextInt(100) < 25));
			}
		}
		if (r.nextInt(100) < 40) {
			profile.employmentType(EmploymentType.values()[r.nextInt(EmploymentType.values().length)]);
		}
		if (r.nextInt(100) < 20) {
			profile.remoteMode(RemoteMode.values()[r.nextInt(RemoteMode.values().length)]);
		}
		if (r.nextInt(100) < 30) {
			profile.earliestStart(LocalDate.of(2026, 12, 1).plusDays(r.nextInt(90)));
		}
		if (r.nextInt(100) < 30) {
			profile.salaryWish(new SalaryWish(BigDecimal.valueOf(25_000 + r.nextInt(40_000)),
					Currency.getInstance((home == Country.FI) ? "EUR" : (home == Country.SE) ? "SEK" : "NOK"),
					SalaryPeriod.MONTH));
		}
		return profile.build();
	}

}
