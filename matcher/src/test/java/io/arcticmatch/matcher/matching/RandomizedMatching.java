package io.arcticmatch.matcher.matching;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.TestConcepts;
import io.arcticmatch.matcher.concepts.language.CefrLevel;
import io.arcticmatch.matcher.concepts.licence.DrivingLicence;
import io.arcticmatch.matcher.concepts.occupation.OccupationConcept;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.concepts.place.GeoPoint;
import io.arcticmatch.matcher.concepts.skill.SkillConcept;
import io.arcticmatch.matcher.posting.EmploymentType;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.LanguageRequirement;
import io.arcticmatch.matcher.posting.PostingId;
import io.arcticmatch.matcher.posting.PostingOccupation;
import io.arcticmatch.matcher.posting.PostingPlace;
import io.arcticmatch.matcher.posting.RemoteMode;
import io.arcticmatch.matcher.posting.Salary;
import io.arcticmatch.matcher.posting.SalaryPeriod;

/**
 * Random profiles and postings made of real concepts, for invariant tests. The seed comes
 * from {@code -Dtests.seed=<hex>} or is drawn and printed, as Lucene's tests do, so a
 * failure can be repeated.
 */
final class RandomizedMatching {

	static final Clock NOW = Clock.fixed(Instant.parse("2026-11-10T12:00:00Z"), ZoneOffset.UTC);

	static final Concepts CONCEPTS = TestConcepts.get();

	private static final List<String> LANGUAGES = List.of("nb", "nn", "sv", "fi", "en", "se", "de");

	private static final List<OccupationConcept> OCCUPATIONS = CONCEPTS.occupations()
		.all()
		.stream()
		.sorted(Comparator.comparing(OccupationConcept::id))
		.toList();

	private static final List<SkillConcept> SKILLS = CONCEPTS.skills()
		.all()
		.stream()
		.sorted(Comparator.comparing(SkillConcept::id))
		.toList();

	private static final List<DrivingLicence> LICENCES = CONCEPTS.licences()
		.all()
		.stream()
		.sorted(Comparator.comparing(DrivingLicence::id))
		.toList();

	private final Random random;

	private int postings;

	RandomizedMatching(Random random) {
		this.random = random;
	}

	/**
	 * The seed of this run: {@code tests.seed} if set, otherwise a new one, printed.
	 * @param test the test class, named in the printed line
	 * @return the seed
	 */
	static long seed(Class<?> test) {
		String given = System.getProperty("tests.seed");
		long seed = (given != null && !given.isBlank()) ? HexFormat.fromHexDigitsToLong(given.strip())
				: new Random().nextLong();
		String hex = HexFormat.of().toHexDigits(seed);
		System.out.println(String.format(Locale.ROOT, "%s: random seed %s (repeat with -Dtests.seed=%s)",
				test.getSimpleName(), hex, hex));
		return seed;
	}

	<T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	double fraction() {
		return this.random.nextDouble();
	}

	boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	GeoPoint northernPoint() {
		return new GeoPoint(60 + this.random.nextDouble() * 11, 5 + this.random.nextDouble() * 26);
	}

	/**
	 * A point up to about 110 km north or south of another.
	 */
	GeoPoint near(GeoPoint point) {
		return new GeoPoint(Math.clamp(point.latitude() + (this.random.nextDouble() - 0.5) * 2, -90, 90),
				point.longitude());
	}

	JobPosting posting() {
		Country country = pick(List.of(Country.values()));
		PostingPlace place = new PostingPlace(country, null, null, "Somewhere", chance(0.8) ? northernPoint() : null);
		Instant published = NOW.instant().minus(Duration.ofHours(this.random.nextInt(24 * 60)));
		JobPosting.Builder posting = JobPosting.builder(new PostingId("test", "p" + this.postings++), "A job", place,
				published);
		if (chance(0.85)) {
			OccupationConcept occupation = pick(OCCUPATIONS);
			posting.occupation(new PostingOccupation(occupation.id(), null, occupation.isco().code().value(),
					0.05 + 0.95 * this.random.nextDouble()));
		}
		int skills = this.random.nextInt(6);
		for (int i = 0; i < skills; i++) {
			if (chance(0.7)) {
				posting.skill(pick(SKILLS).id());
			}
			else {
				posting.niceToHaveSkill(pick(SKILLS).id());
			}
		}
		int languages = this.random.nextInt(3);
		for (int i = 0; i < languages; i++) {
			posting.language(new LanguageRequirement(pick(LANGUAGES), chance(0.6)));
		}
		if (chance(0.3)) {
			posting.drivingLicence(pick(LICENCES).id());
		}
		if (chance(0.7)) {
			posting.employmentType(pick(List.of(EmploymentType.values())));
		}
		if (chance(0.5)) {
			posting.remote(pick(List.of(RemoteMode.values())));
		}
		if (chance(0.3)) {
			posting.salary(new Salary(BigDecimal.valueOf(20_000 + this.random.nextInt(50_000)), null,
					Currency.getInstance(pick(List.of("NOK", "SEK"))), SalaryPeriod.MONTH));
		}
		if (chance(0.6)) {
			posting.applicationDeadline(NOW.instant().plus(Duration.ofHours(this.random.nextInt(24 * 40) - 24)));
		}
		// what matching never reads, so that a posting read shortened and given back
		// whole
		// is told apart from one read whole
		posting.description("<p>The job " + this.postings + "</p>")
			.sourceUrl(URI.create("https://example.org/jobs/" + this.postings))
			.guess("nothing guessed, " + this.postings);
		return posting.build();
	}

	/**
	 * A profile that is often near the posting: its occupation or group, some of its
	 * skills and languages, so that the interesting branches are taken.
	 */
	SeekerProfile profileFor(JobPosting posting) {
		SeekerProfile.Builder profile = SeekerProfile.builder();
		int occupations = this.random.nextInt(3);
		for (int i = 0; i < occupations; i++) {
			String id = pick(OCCUPATIONS).id();
			if (posting.occupation() != null && chance(0.4)) {
				id = posting.occupation().conceptId();
			}
			else if (posting.occupation() != null && chance(0.5)) {
				// a neighbour in the ISCO tree, at a random depth
				String code = posting.occupation().iscoCode();
				String prefix = code.substring(0, 1 + this.random.nextInt(code.length()));
				List<OccupationConcept> related = OCCUPATIONS.stream()
					.filter((concept) -> concept.isco().code().value().startsWith(prefix))
					.toList();
				if (!related.isEmpty()) {
					id = pick(related).id();
				}
			}
			profile.occupation(id, this.random.nextInt(4) * this.random.nextDouble() * 5);
		}
		for (String skill : posting.skills()) {
			if (chance(0.5)) {
				profile.skill(skill);
			}
			else if (chance(0.3)) {
				CONCEPTS.skills()
					.byId(skill)
					.map((concept) -> CONCEPTS.skills().links(concept))
					.filter((links) -> !links.isEmpty())
					.ifPresent((links) -> profile.skill(pick(links).concept().id()));
			}
		}
		if (chance(0.5)) {
			profile.skill(pick(SKILLS).id());
		}
		for (String language : LANGUAGES) {
			if (chance(0.35)) {
				profile.language(new LanguageSkill(language, pick(List.of(CefrLevel.values()))));
			}
		}
		for (DrivingLicence licence : LICENCES) {
			if (chance(0.1)) {
				profile.drivingLicence(licence.id());
			}
		}
		if (chance(0.9)) {
			GeoPoint workplace = posting.place().coordinates();
			// often within reach of the workplace, so that commuting is exercised
			profile.home(new Home((workplace != null && chance(0.5)) ? near(workplace) : northernPoint(), "Home"));
		}
		for (Country country : Country.values()) {
			if (country == posting.place().country() ? chance(0.9) : chance(0.6)) {
				profile.mobility(country, new Mobility(this.random.nextInt(400), chance(0.4)));
			}
		}
		for (EmploymentType type : EmploymentType.values()) {
			if (chance(0.3)) {
				profile.employmentType(type);
			}
		}
		for (RemoteMode mode : RemoteMode.values()) {
			if (chance(0.3)) {
				profile.remoteMode(mode);
			}
		}
		if (chance(0.3)) {
			profile.earliestStart(LocalDate.of(2026, 12, 1).plusDays(this.random.nextInt(90)));
		}
		if (chance(0.4)) {
			profile.salaryWish(new SalaryWish(BigDecimal.valueOf(25_000 + this.random.nextInt(40_000)),
					Currency.getInstance(pick(List.of("NOK", "SEK", "EUR"))), SalaryPeriod.MONTH));
		}
		return profile.build();
	}

	/**
	 * Every reason of a tree, depth first.
	 */
	static List<MatchReason> flatten(List<MatchReason> reasons) {
		List<MatchReason> all = new ArrayList<>();
		for (MatchReason reason : reasons) {
			all.add(reason);
			all.addAll(flatten(reason.children()));
		}
		return all;
	}

}
