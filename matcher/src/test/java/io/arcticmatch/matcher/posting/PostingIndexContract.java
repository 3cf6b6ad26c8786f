package io.arcticmatch.matcher.posting;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.concepts.place.GeoPoint;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link PostingIndex} must do, whatever the store. Each store's test extends
 * this and provides an empty index.
 */
public abstract class PostingIndexContract {

	private static final Instant PUBLISHED = Instant.parse("2026-11-02T08:00:00Z");

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

	private static JobPosting withStatus(JobPosting posting, PostingStatus status) {
		return posting.toBuilder().status(status).build();
	}

}
