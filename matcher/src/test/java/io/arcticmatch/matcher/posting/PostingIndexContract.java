package io.arcticmatch.matcher.posting;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.concepts.place.GeoPoint;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link PostingIndex} must do, whatever the store. Each store's test extends
 * this and provides an empty index.
 */
public abstract class PostingIndexContract {

	private static final Instant PUBLISHED = Instant.parse("2026-11-02T08:00:00Z");

	private static final Currency EUR = Currency.getInstance("EUR");

	private static final PostingPlace NARVIK = new PostingPlace(Country.NO, "18", "1806", "Narvik",
			new GeoPoint(68.43838, 17.4272));

	private static final PostingPlace TROMSO = new PostingPlace(Country.NO, "55", "5501", "Tromsø",
			new GeoPoint(69.6489, 18.95508));

	private static final PostingPlace KIRUNA = new PostingPlace(Country.SE, "25", "2584", "Kiruna",
			new GeoPoint(67.85572, 20.22513));

	private static final PostingPlace LULEA = new PostingPlace(Country.SE, "25", "2580", "Luleå",
			new GeoPoint(65.58415, 22.15465));

	private static final PostingPlace ROVANIEMI = new PostingPlace(Country.FI, "19", "698", "Rovaniemi",
			new GeoPoint(66.50394, 25.72939));

	private static final String ESCO = "http://data.europa.eu/esco/occupation/";

	private static final PostingOccupation GENERAL_NURSE = escoOccupation("8d3e8aaa-791b-4c75-a465-f3f827028f50",
			"2221");

	private static final PostingOccupation SPECIALIST_NURSE = escoOccupation("18e14e61-495b-44cc-a7c6-df4c625934ba",
			"2221");

	private static final PostingOccupation COOK = escoOccupation("90f75f67-495d-49fa-ab57-2f320e251d7e", "5120");

	private static final PostingOccupation UNDERGROUND_MINER = escoOccupation("4cdfac8c-b000-4279-985e-31bc1fbe2447",
			"8111");

	private static final PostingOccupation TEACHER = escoOccupation("5efb2c08-ba3a-4659-a2e4-1883f54e77b6", "2330");

	/**
	 * The stores' clock: after {@link #PUBLISHED}, before the usual deadline 30 days
	 * later.
	 */
	protected static final Clock NOW = Clock.fixed(Instant.parse("2026-11-10T12:00:00Z"), ZoneOffset.UTC);

	/**
	 * @return the index under test, empty
	 */
	protected abstract PostingIndex index();

	@Test
	void savedPostingIsFoundById() {
		JobPosting nurse = posting("nav", "1", "Sykepleier", "Narvik kommune", Country.NO);
		index().save(List.of(nurse));

		assertThat(index().findById(nurse.id())).contains(nurse);
		assertThat(index().count()).isEqualTo(1);
	}

	@Test
	void savingTheSameIdReplacesThePosting() {
		index().save(List.of(posting("nav", "1", "Sykepleier", "Narvik kommune", Country.NO)));
		JobPosting updated = posting("nav", "1", "Sykepleier natt", "Narvik kommune", Country.NO);
		index().save(List.of(updated));

		assertThat(index().findById(updated.id())).contains(updated);
		assertThat(index().count()).isEqualTo(1);
	}

	@Test
	void deletedPostingIsGone() {
		JobPosting nurse = posting("nav", "1", "Sykepleier", "Narvik kommune", Country.NO);
		index().save(List.of(nurse));

		index().delete(nurse.id());

		assertThat(index().findById(nurse.id())).isEmpty();
		assertThat(index().search(PostingQuery.text("sykepleier")).totalHits()).isZero();
	}

	@Test
	void deletingAnUnknownIdDoesNothing() {
		index().delete(new PostingId("nav", "never-saved"));

		assertThat(index().count()).isZero();
	}

	@Test
	void searchFindsWordsOfTheTitle() {
		index().save(List.of(posting("nav", "1", "Sykepleier", "Narvik kommune", Country.NO),
				posting("jobtech", "2", "Gruvarbetare", "LKAB", Country.SE)));

		PostingPage page = index().search(PostingQuery.text("gruvarbetare"));

		assertThat(page.postings()).extracting(JobPosting::id).containsExactly(new PostingId("jobtech", "2"));
		assertThat(page.totalHits()).isEqualTo(1);
	}

	@Test
	void titleMatchRanksAboveEmployerMatch() {
		index().save(List.of(posting("nav", "1", "Kokk", "Sykehuset Narvik", Country.NO),
				posting("nav", "2", "Sykehus portier", "Narvik hotell", Country.NO)));

		PostingPage page = index().search(PostingQuery.text("narvik"));

		assertThat(page.postings()).extracting(p -> p.id().sourceId()).containsExactly("1", "2");
		page = index().search(PostingQuery.text("sykehus"));
		assertThat(page.postings()).extracting(p -> p.id().sourceId()).first().isEqualTo("2");
	}

	@Test
	void countryFilterKeepsOnlyThoseCountries() {
		index().save(List.of(posting("nav", "1", "Lærer", "Tromsø kommune", Country.NO),
				posting("jobtech", "2", "Lärare", "Kiruna kommun", Country.SE),
				posting("tyomarkkinatori", "3", "Opettaja", "Rovaniemen kaupunki", Country.FI)));

		PostingPage page = index().search(PostingQuery.text("").inCountries(Country.SE, Country.FI));

		assertThat(page.postings()).extracting(p -> p.place().country())
			.containsExactlyInAnyOrder(Country.SE, Country.FI);
	}

	@Test
	void inactivePostingsAreNeverFound() {
		JobPosting expired = withStatus(posting("nav", "1", "Sykepleier", "Narvik kommune", Country.NO),
				PostingStatus.INACTIVE);
		index().save(List.of(expired));

		assertThat(index().search(PostingQuery.text("sykepleier")).postings()).isEmpty();
		assertThat(index().search(PostingQuery.text("")).postings()).isEmpty();
		assertThat(index().findById(expired.id())).contains(expired);
	}

	@Test
	void postingsWhoseDeadlineHasPassedAreNotFound() {
		JobPosting closed = posting("nav", "1", "Sykepleier", "Narvik kommune", Country.NO).toBuilder()
			.applicationDeadline(NOW.instant().minusSeconds(1))
			.build();
		JobPosting noDeadline = posting("nav", "2", "Sykepleier", "Narvik kommune", Country.NO).toBuilder()
			.applicationDeadline(null)
			.build();
		JobPosting open = posting("nav", "3", "Sykepleier", "Narvik kommune", Country.NO);
		index().save(List.of(closed, noDeadline, open));

		assertThat(index().search(PostingQuery.text("sykepleier")).postings()).extracting(JobPosting::id)
			.containsExactlyInAnyOrder(noDeadline.id(), open.id());
		assertThat(index().findById(closed.id())).contains(closed);
	}

	@Test
	void pagesAreStableAndDisjoint() {
		List<JobPosting> postings = java.util.stream.IntStream.range(0, 25)
			.mapToObj(i -> posting("nav", "%02d".formatted(i), "Elektriker", "Elektro AS", Country.NO))
			.toList();
		index().save(postings);

		PostingPage first = index().search(PostingQuery.text("elektriker").page(0, 10));
		PostingPage second = index().search(PostingQuery.text("elektriker").page(1, 10));
		PostingPage third = index().search(PostingQuery.text("elektriker").page(2, 10));

		assertThat(first.totalHits()).isEqualTo(25);
		assertThat(first.totalPages()).isEqualTo(3);
		assertThat(third.postings()).hasSize(5);
		List<JobPosting> all = new java.util.ArrayList<>(first.postings());
		all.addAll(second.postings());
		all.addAll(third.postings());
		assertThat(all).containsExactlyInAnyOrderElementsOf(postings);
		assertThat(index().search(PostingQuery.text("elektriker").page(0, 10)).postings()).isEqualTo(first.postings());
	}

	@Test
	void everyPartOfAPostingSurvivesTheRoundTrip() {
		JobPosting full = posting("jobtech", "5", "Undersköterska", "Region Norrbotten", Country.SE).toBuilder()
			.occupation(new PostingOccupation("esco:nurse-assistant", "http://data.europa.eu/esco/occupation/x", "5321",
					0.8))
			.skill("jobtech:skill-1")
			.niceToHaveSkill("jobtech:skill-2")
			.language(new LanguageRequirement("sv", true))
			.language(new LanguageRequirement("en", false))
			.drivingLicence("licence:B")
			.employmentType(EmploymentType.PERMANENT)
			.workingTime(WorkingTime.PART_TIME)
			.remote(RemoteMode.ON_SITE)
			.applyUrl(URI.create("https://example.org/apply"))
			.guess("deadline had no offset; read as Europe/Stockholm")
			.build();
		index().save(List.of(full));

		assertThat(index().findById(full.id())).contains(full);
	}

	@Test
	void aPostingWithOnlyACountrySurvivesTheRoundTrip() {
		JobPosting sparse = JobPosting
			.builder(new PostingId("direct", "7"), "Guide", PostingPlace.inCountry(Country.FI), PUBLISHED)
			.build();
		index().save(List.of(sparse));

		assertThat(index().findById(sparse.id())).contains(sparse);
	}

	// --- relevance ---

	@Test
	void swedishQueryFindsNorwegianAdOfTheSameOccupation() {
		JobPosting norwegianNurse = ad("nav", "1", "Sykepleier til legevakten", NARVIK).occupation(GENERAL_NURSE)
			.build();
		index().save(List.of(norwegianNurse, ad("nav", "2", "Kokk", NARVIK).occupation(COOK).build()));

		assertThat(ids(PostingQuery.text("sjuksköterska"))).containsExactly("nav:1");
	}

	@Test
	void occupationAndPlaceInTheQueryFindAdsInAnotherLanguage() {
		index().save(List.of(
				ad("jobtech", "kiruna-nurse", "Sjuksköterska till akutmottagningen", KIRUNA).language("sv")
					.occupation(SPECIALIST_NURSE)
					.build(),
				ad("jobtech", "lulea-nurse", "Sjuksköterska", LULEA).language("sv").occupation(GENERAL_NURSE).build(),
				ad("jobtech", "kiruna-miner", "Gruvarbetare under jord", KIRUNA).language("sv")
					.occupation(UNDERGROUND_MINER)
					.build()));

		assertThat(ids(PostingQuery.text("sykepleier Kiruna"))).containsExactly("jobtech:kiruna-nurse");
	}

	@Test
	void exactTitleBeatsAMentionInTheText() {
		index().save(List.of(ad("nav", "mention", "Lagermedarbeider", NARVIK)
			.description("<p>Du jobber tett med elektriker og montører.</p>")
			.build(), ad("nav", "title", "Elektriker", NARVIK).description("<p>Fast stilling.</p>").build()));

		assertThat(ids(PostingQuery.text("elektriker"))).containsExactly("nav:title", "nav:mention");
	}

	@Test
	void littleWordsInTheQueryDoNotHideAds() {
		index().save(List.of(ad("nav", "1", "Lærer til skolen i Tromsø", TROMSO).build()));

		assertThat(ids(PostingQuery.text("lærer i Tromsø"))).containsExactly("nav:1");
		assertThat(ids(PostingQuery.text("lærer til skolen"))).containsExactly("nav:1");
	}

	@Test
	void inflectedFormsAreFoundThroughTheAdLanguagesStemmer() {
		index().save(List.of(ad("nav", "1", "Assistenter til barnehager", TROMSO).build(),
				ad("jobtech", "2", "Lastbilschaufförer sökes", KIRUNA).language("sv").build()));

		assertThat(ids(PostingQuery.text("barnehage"))).containsExactly("nav:1");
		assertThat(ids(PostingQuery.text("lastbilschaufför"))).containsExactly("jobtech:2");
	}

	@Test
	void lettersWithoutDiacriticsFindLettersWithThem() {
		index().save(List.of(ad("nav", "1", "Kjøkkensjef", TROMSO).build(),
				ad("tyomarkkinatori", "2", "Hitsaaja, Kemijärvi", ROVANIEMI).language("fi").build()));

		assertThat(ids(PostingQuery.text("kjokkensjef"))).containsExactly("nav:1");
		assertThat(ids(PostingQuery.text("kemijarvi"))).containsExactly("tyomarkkinatori:2");
	}

	@Test
	void markupInTheAdTextIsNotSearchable() {
		index().save(List.of(ad("nav", "1", "Renholder", NARVIK).description("<strong>Deltid</strong>").build()));

		assertThat(ids(PostingQuery.text("strong"))).isEmpty();
		assertThat(ids(PostingQuery.text("deltid"))).containsExactly("nav:1");
	}

	// --- filters ---

	@Test
	void distanceFilterIncludesKirunaFromNarvikAt150KmAndExcludesItAt100Km() {
		index().save(List.of(ad("jobtech", "kiruna", "Lokförare", KIRUNA).build(),
				ad("nav", "narvik", "Lokfører", NARVIK).build(),
				JobPosting
					.builder(new PostingId("nav", "nowhere"), "Lokfører", PostingPlace.inCountry(Country.NO), PUBLISHED)
					.build()));

		assertThat(ids(PostingQuery.builder().within(NARVIK.coordinates(), 150).build()))
			.containsExactlyInAnyOrder("jobtech:kiruna", "nav:narvik");
		assertThat(ids(PostingQuery.builder().within(NARVIK.coordinates(), 100).build())).containsExactly("nav:narvik");
	}

	@Test
	void regionAndMunicipalityFiltersTakePlaceIds() {
		index().save(List.of(ad("nav", "narvik", "Snekker", NARVIK).build(),
				ad("nav", "tromso", "Snekker", TROMSO).build(), ad("jobtech", "kiruna", "Snickare", KIRUNA).build()));

		assertThat(ids(PostingQuery.builder().regions("place:NO:region:18", "place:SE:region:25").build()))
			.containsExactlyInAnyOrder("nav:narvik", "jobtech:kiruna");
		assertThat(ids(PostingQuery.builder().municipalities("place:NO:5501").build())).containsExactly("nav:tromso");
	}

	@Test
	void occupationFilterMatchesAnyIscoLevel() {
		index().save(List.of(ad("nav", "nurse", "Sykepleier", NARVIK).occupation(GENERAL_NURSE).build(),
				ad("nav", "teacher", "Lektor", NARVIK).occupation(TEACHER).build(),
				ad("nav", "cook", "Kokk", NARVIK).occupation(COOK).build(),
				ad("nav", "none", "Vikar", NARVIK).build()));

		assertThat(ids(PostingQuery.builder().iscoGroups("2").build())).containsExactlyInAnyOrder("nav:nurse",
				"nav:teacher");
		assertThat(ids(PostingQuery.builder().iscoGroups("22").build())).containsExactly("nav:nurse");
		assertThat(ids(PostingQuery.builder().iscoGroups("2221", "5120").build()))
			.containsExactlyInAnyOrder("nav:nurse", "nav:cook");
	}

	@Test
	void employmentLanguageLicenceAndRemoteFiltersKeepMatchingPostings() {
		JobPosting driver = ad("nav", "driver", "Sjåfør", NARVIK).employmentType(EmploymentType.PERMANENT)
			.language(new LanguageRequirement("nb", true))
			.drivingLicence("licence:CE")
			.remote(RemoteMode.ON_SITE)
			.build();
		JobPosting developer = ad("jobtech", "developer", "Utvecklare", KIRUNA).employmentType(EmploymentType.TEMPORARY)
			.language(new LanguageRequirement("en", true))
			.language(new LanguageRequirement("sv", false))
			.remote(RemoteMode.HYBRID)
			.build();
		JobPosting guide = ad("tyomarkkinatori", "guide", "Opas", ROVANIEMI).employmentType(EmploymentType.SEASONAL)
			.remote(RemoteMode.REMOTE)
			.build();
		index().save(List.of(driver, developer, guide));

		assertThat(
				ids(PostingQuery.builder().employmentTypes(EmploymentType.SEASONAL, EmploymentType.TEMPORARY).build()))
			.containsExactlyInAnyOrder("jobtech:developer", "tyomarkkinatori:guide");
		assertThat(ids(PostingQuery.builder().workingLanguages("sv").build())).containsExactly("jobtech:developer");
		assertThat(ids(PostingQuery.builder().drivingLicences("licence:CE").build())).containsExactly("nav:driver");
		assertThat(ids(PostingQuery.builder().remoteModes(RemoteMode.HYBRID, RemoteMode.REMOTE).build()))
			.containsExactlyInAnyOrder("jobtech:developer", "tyomarkkinatori:guide");
	}

	@Test
	void publishedWithinKeepsRecentPostings() {
		index()
			.save(List.of(ad("nav", "new", "Frisør", NARVIK).published(NOW.instant().minus(Duration.ofDays(2))).build(),
					ad("nav", "old", "Frisør", NARVIK).published(NOW.instant().minus(Duration.ofDays(9))).build()));

		assertThat(ids(PostingQuery.builder().publishedWithinDays(7).build())).containsExactly("nav:new");
	}

	@Test
	void salaryFilterComparesAmountsAcrossCurrenciesAndPeriods() {
		// at the nordic() rates: 50 000 NOK/month = 4 250 EUR; 40 000 SEK/month = 3 520
		// EUR;
		// 25 EUR/hour = 4 062.5 EUR/month; 36 000 EUR/year = 3 000 EUR/month
		index().save(List.of(
				ad("nav", "nok", "Ingeniør", NARVIK).salary(salary("50000", null, "NOK", SalaryPeriod.MONTH)).build(),
				ad("jobtech", "sek", "Ingenjör", KIRUNA).salary(salary("38000", "40000", "SEK", SalaryPeriod.MONTH))
					.build(),
				ad("tyomarkkinatori", "hour", "Insinööri", ROVANIEMI)
					.salary(salary("25", null, "EUR", SalaryPeriod.HOUR))
					.build(),
				ad("tyomarkkinatori", "year", "Insinööri", ROVANIEMI)
					.salary(salary("36000", null, "EUR", SalaryPeriod.YEAR))
					.build(),
				ad("nav", "unstated", "Ingeniør", NARVIK).build()));

		assertThat(ids(salaryAtLeast("4000", "EUR", false))).containsExactlyInAnyOrder("nav:nok",
				"tyomarkkinatori:hour");
		assertThat(ids(salaryAtLeast("4000", "EUR", true))).containsExactlyInAnyOrder("nav:nok", "tyomarkkinatori:hour",
				"nav:unstated");
		assertThat(ids(salaryAtLeast("40000", "SEK", false))).containsExactlyInAnyOrder("nav:nok", "jobtech:sek",
				"tyomarkkinatori:hour");
		PostingQuery atMost = PostingQuery.builder()
			.salary(new PostingQuery.SalaryFilter(null, new BigDecimal("3600"), EUR, SalaryPeriod.MONTH, false))
			.build();
		assertThat(ids(atMost)).containsExactlyInAnyOrder("jobtech:sek", "tyomarkkinatori:year");
	}

	// --- order and facets ---

	@Test
	void newestFirstBreaksTiesById() {
		index().save(List.of(ad("nav", "b", "Butikkmedarbeider", NARVIK).published(PUBLISHED).build(),
				ad("nav", "c", "Butikkmedarbeider", NARVIK).published(PUBLISHED.plusSeconds(60)).build(),
				ad("nav", "a", "Butikkmedarbeider", NARVIK).published(PUBLISHED).build()));

		assertThat(ids(PostingQuery.builder().sort(PostingQuery.SortOrder.NEWEST).build())).containsExactly("nav:c",
				"nav:a", "nav:b");
	}

	@Test
	void distanceOrderPutsTheNearestFirstAndUnknownPlacesLast() {
		index().save(List.of(ad("jobtech", "kiruna", "Bagare", KIRUNA).build(),
				ad("nav", "tromso", "Baker", TROMSO).build(), ad("nav", "narvik", "Baker", NARVIK).build(),
				JobPosting
					.builder(new PostingId("nav", "anywhere"), "Baker", PostingPlace.inCountry(Country.NO), PUBLISHED)
					.build()));

		PostingQuery nearestToNarvik = PostingQuery.builder()
			.nearby(new PostingQuery.Nearby(NARVIK.coordinates(), null))
			.sort(PostingQuery.SortOrder.DISTANCE)
			.build();

		assertThat(ids(nearestToNarvik)).containsExactly("nav:narvik", "jobtech:kiruna", "nav:tromso", "nav:anywhere");
	}

	@Test
	void firstMatchesAreTheSearchsPagesOneAfterTheOther() {
		Random random = new Random(7);
		List<PostingPlace> towns = List.of(NARVIK, TROMSO, KIRUNA, LULEA, ROVANIEMI);
		List<PostingOccupation> occupations = List.of(GENERAL_NURSE, SPECIALIST_NURSE, COOK, TEACHER);
		List<JobPosting> postings = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			PostingPlace town = towns.get(random.nextInt(towns.size()));
			GeoPoint near = new GeoPoint(town.coordinates().latitude() + (random.nextDouble() - 0.5) * 2,
					town.coordinates().longitude() + (random.nextDouble() - 0.5) * 4);
			JobPosting.Builder ad = ad("nav", "p%03d".formatted(i), "Stilling",
					new PostingPlace(town.country(), null, null, "Somewhere", near));
			if (random.nextInt(4) > 0) {
				ad.occupation(occupations.get(random.nextInt(occupations.size())));
			}
			postings.add(ad.build());
		}
		index().save(postings);

		for (double km : List.of(10.0, 30.0, 120.0, 400.0)) {
			for (int limit : List.of(7, 50, 150, 250)) {
				PostingQuery nearest = PostingQuery.builder()
					.within(NARVIK.coordinates(), km)
					.sort(PostingQuery.SortOrder.DISTANCE)
					.build();
				assertThat(index().firstMatches(nearest, limit)).as("%s km, %d", km, limit)
					.isEqualTo(pagesOf(nearest, limit));
				PostingQuery nearestInSweden = nearest.inCountries(Country.SE);
				assertThat(index().firstMatches(nearestInSweden, limit)).as("Sweden, %s km, %d", km, limit)
					.isEqualTo(pagesOf(nearestInSweden, limit));
			}
		}
		PostingQuery nurses = PostingQuery.builder().iscoGroups("222").countries(Country.NO, Country.SE).build();
		assertThat(index().firstMatches(nurses, 150)).isEqualTo(pagesOf(nurses, 150));
	}

	@Test
	void postingsToScoreAreTheFirstMatchesAndWholeGivesThemBackWhole() {
		Random random = new Random(11);
		List<PostingPlace> towns = List.of(NARVIK, TROMSO, KIRUNA, LULEA, ROVANIEMI);
		List<PostingOccupation> occupations = List.of(GENERAL_NURSE, SPECIALIST_NURSE, COOK, TEACHER);
		List<JobPosting> postings = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			PostingPlace town = towns.get(random.nextInt(towns.size()));
			JobPosting.Builder ad = ad("nav", "s%03d".formatted(i), "Stilling " + i, town)
				.description("<p>Ein lang tekst om stilling " + i + "</p>")
				.sourceUrl(URI.create("https://example.org/ads/s" + i))
				.applyUrl(URI.create("https://example.org/apply/s" + i))
				.guess("guess " + i)
				.skill("jobtech:skill-" + random.nextInt(5))
				.language(new LanguageRequirement("nb", random.nextBoolean()));
			if (random.nextInt(4) > 0) {
				ad.occupation(occupations.get(random.nextInt(occupations.size())));
			}
			postings.add(ad.build());
		}
		index().save(postings);

		List<PostingQuery> queries = List.of(
				PostingQuery.builder().iscoGroups("222").countries(Country.NO, Country.SE).build(),
				PostingQuery.builder()
					.within(NARVIK.coordinates(), 300)
					.sort(PostingQuery.SortOrder.DISTANCE)
					.build()
					.inCountries(Country.NO, Country.SE));
		for (PostingQuery query : queries) {
			for (int limit : List.of(1, 20, 100)) {
				List<JobPosting> whole = index().firstMatches(query, limit);
				List<JobPosting> toScore = index().firstMatchesToScore(query, limit);

				assertThat(toScore).as("%s, %d", query, limit)
					.map(JobPosting::shortened)
					.isEqualTo(whole.stream().map(JobPosting::shortened).toList());
				assertThat(index().whole(toScore)).as("%s, %d", query, limit).isEqualTo(whole);
			}
		}
		List<JobPosting> found = index().firstMatchesToScore(queries.get(0), 10);
		List<JobPosting> whole = index().firstMatches(queries.get(0), 10);
		JobPosting unknown = ad("nav", "unknown", "Stilling", NARVIK).build().shortened();
		assertThat(index().whole(List.of(found.get(3), unknown, found.get(1)))).containsExactly(whole.get(3), unknown,
				whole.get(1));
		assertThat(index().whole(List.of())).isEmpty();
	}

	private List<JobPosting> pagesOf(PostingQuery query, int limit) {
		List<JobPosting> found = new ArrayList<>();
		for (int page = 0; found.size() < limit; page++) {
			List<JobPosting> postings = index().search(query.page(page, PostingQuery.MAX_PAGE_SIZE)).postings();
			if (postings.isEmpty()) {
				break;
			}
			found.addAll(postings);
		}
		return found.subList(0, Math.min(limit, found.size()));
	}

	@Test
	void facetsCountAllMatchingPostingsByValue() {
		index().save(List.of(
				ad("nav", "1", "Sykepleier", NARVIK).occupation(GENERAL_NURSE).remote(RemoteMode.ON_SITE).build(),
				ad("nav", "2", "Sykepleier natt", TROMSO).occupation(GENERAL_NURSE).build(),
				ad("jobtech", "3", "Sjuksköterska", KIRUNA).language("sv").occupation(SPECIALIST_NURSE).build(),
				ad("nav", "4", "Kokk", NARVIK).occupation(COOK).build()));

		PostingPage nurses = index().search(PostingQuery.builder().iscoGroups("2221").page(0, 1).build());

		assertThat(nurses.postings()).hasSize(1);
		assertThat(nurses.facet(Facet.COUNTRY)).containsExactly(new FacetCount("NO", 2), new FacetCount("SE", 1));
		assertThat(nurses.facet(Facet.MUNICIPALITY)).containsExactly(new FacetCount("place:NO:1806", 1),
				new FacetCount("place:NO:5501", 1), new FacetCount("place:SE:2584", 1));
		assertThat(nurses.facet(Facet.REGION)).containsExactly(new FacetCount("place:NO:region:18", 1),
				new FacetCount("place:NO:region:55", 1), new FacetCount("place:SE:region:25", 1));
		assertThat(nurses.facet(Facet.OCCUPATION)).containsExactly(new FacetCount("2221", 3));
		assertThat(nurses.facet(Facet.REMOTE)).containsExactly(new FacetCount("ON_SITE", 1));
		assertThat(nurses.facets()).doesNotContainKey(Facet.DRIVING_LICENCE);
	}

	// --- similar jobs ---

	@Test
	void similarJobsShareTheOccupationFirstThenItsGroupThenTitleWords() {
		JobPosting nurse = ad("nav", "nurse", "Sykepleier", NARVIK).occupation(GENERAL_NURSE).build();
		index().save(List.of(nurse,
				ad("jobtech", "same", "Sjuksköterska", KIRUNA).language("sv").occupation(GENERAL_NURSE).build(),
				ad("jobtech", "group", "Specialistsjuksköterska", LULEA).language("sv")
					.occupation(SPECIALIST_NURSE)
					.build(),
				ad("nav", "words", "Sykepleier vikar", TROMSO).build(),
				ad("nav", "cook", "Kokk", NARVIK).occupation(COOK).build(),
				withStatus(ad("nav", "expired", "Sykepleier", NARVIK).occupation(GENERAL_NURSE).build(),
						PostingStatus.INACTIVE)));

		assertThat(index().similarTo(nurse.id(), 10)).extracting(p -> p.id().toString())
			.containsExactly("jobtech:same", "jobtech:group", "nav:words");
		assertThat(index().similarTo(nurse.id(), 1)).hasSize(1);
		assertThat(index().similarTo(new PostingId("nav", "unknown"), 10)).isEmpty();
	}

	// --- edge cases ---

	@Test
	void aSalaryInACurrencyWithoutARateCountsAsUnstated() {
		JobPosting dollars = posting("direct", "usd", "Pilot", "Widerøe", Country.NO).toBuilder()
			.salary(new Salary(new BigDecimal("9000"), null, Currency.getInstance("USD"), SalaryPeriod.MONTH))
			.build();
		index().save(List.of(dollars));

		assertThat(index().findById(dollars.id())).contains(dollars);
		assertThat(index().search(salaryAtLeast("1", "EUR", false)).postings()).isEmpty();
		assertThat(index().search(salaryAtLeast("1", "EUR", true)).postings()).containsExactly(dollars);
	}

	@Test
	void aSalaryFilterInACurrencyWithoutARateIsAnInvalidQuery() {
		assertThatThrownBy(() -> index().search(salaryAtLeast("1000", "USD", true)))
			.isInstanceOf(InvalidPostingQuery.class)
			.hasMessageContaining("USD");
	}

	@Test
	void similarJobsReadTheTitleAsWordsNotAsQuerySyntax() {
		JobPosting cook = posting("nav", "cook", "Kokk -servitør", "Hotell Narvik", Country.NO);
		JobPosting waiter = posting("nav", "waiter", "Servitør", "Restaurant Narvik", Country.NO);
		JobPosting driver = posting("nav", "driver", "Sjåfør", "Taxi Narvik", Country.NO);
		index().save(List.of(cook, waiter, driver));

		assertThat(index().similarTo(cook.id(), 10)).containsExactly(waiter);
	}

	@Test
	void theLastPageOfTheResultWindowCanBeAskedFor() {
		index().save(List.of(posting("nav", "1", "Sykepleier", "Narvik kommune", Country.NO)));

		PostingPage last = index().search(PostingQuery.text("")
			.page(PostingQuery.MAX_RESULT_WINDOW / PostingQuery.MAX_PAGE_SIZE - 1, PostingQuery.MAX_PAGE_SIZE));

		assertThat(last.postings()).isEmpty();
		assertThat(last.totalHits()).isEqualTo(1);
	}

	@Test
	void excludedWordsAloneFindEverythingElse() {
		JobPosting day = posting("nav", "1", "Sykepleier dag", "Narvik kommune", Country.NO);
		JobPosting night = posting("nav", "2", "Sykepleier natt", "Narvik kommune", Country.NO);
		index().save(List.of(day, night));

		assertThat(index().search(PostingQuery.text("-natt")).postings()).containsExactly(day);
	}

	private List<String> ids(PostingQuery query) {
		return index().search(query).postings().stream().map(p -> p.id().toString()).toList();
	}

	private static PostingQuery salaryAtLeast(String amount, String currency, boolean includeUnstated) {
		return PostingQuery.builder()
			.salary(new PostingQuery.SalaryFilter(new BigDecimal(amount), null, Currency.getInstance(currency),
					SalaryPeriod.MONTH, includeUnstated))
			.build();
	}

	private static Salary salary(String min, String max, String currency, SalaryPeriod period) {
		return new Salary(new BigDecimal(min), (max != null) ? new BigDecimal(max) : null,
				Currency.getInstance(currency), period);
	}

	/**
	 * An active Norwegian-language ad, open for 30 days from {@link #PUBLISHED}.
	 */
	private static JobPosting.Builder ad(String source, String id, String title, PostingPlace place) {
		return JobPosting.builder(new PostingId(source, id), title, place, PUBLISHED)
			.employer("Arbeidsgiver " + id)
			.language("nb")
			.applicationDeadline(PUBLISHED.plusSeconds(86_400 * 30));
	}

	protected static JobPosting posting(String source, String id, String title, String employer, Country country) {
		return JobPosting
			.builder(new PostingId(source, id), title,
					new PostingPlace(country, "18", "1806", "Narvik", new GeoPoint(68.4385, 17.4272)), PUBLISHED)
			.employer(employer)
			.description("<p>Vi søker en " + title.toLowerCase(java.util.Locale.ROOT) + "</p>")
			.language("nb")
			.applicationDeadline(PUBLISHED.plusSeconds(86_400 * 30))
			.sourceUrl(URI.create("https://example.org/ads/" + id))
			.build();
	}

	private static PostingOccupation escoOccupation(String uuid, String isco) {
		return new PostingOccupation(ESCO + uuid, ESCO + uuid, isco, 1.0);
	}

	private static JobPosting withStatus(JobPosting posting, PostingStatus status) {
		return posting.toBuilder().status(status).build();
	}

}
