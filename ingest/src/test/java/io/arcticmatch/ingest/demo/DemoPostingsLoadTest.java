package io.arcticmatch.ingest.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.arcticmatch.ingest.intake.Checkpoint;
import io.arcticmatch.ingest.intake.Checkpoints;
import io.arcticmatch.ingest.intake.Intake;
import io.arcticmatch.ingest.intake.RawPostingStore;
import io.arcticmatch.ingest.intake.SourceCounts;
import io.arcticmatch.ingest.source.PageSplit;
import io.arcticmatch.ingest.source.RawPosting;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.PostingIndex;
import io.arcticmatch.matcher.posting.PostingPage;
import io.arcticmatch.matcher.posting.PostingQuery;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded default's first start with the demo on: the bundled sample postings go
 * through intake, the in-process pipeline, conversion, normalisation and into the Lucene
 * index, and a second load adds nothing. The import stands in for the component scan of
 * the ingest configuration, which picks {@link DemoPostings} up as well.
 */
@SpringBootTest(properties = "arctic.ingest.demo.enabled=true")
@Import(DemoPostings.class)
class DemoPostingsLoadTest {

	private static final Duration THROUGH_THE_PIPELINE = Duration.ofSeconds(180);

	private static final Map<Country, String> SOURCE = Map.of(Country.NO, "nav", Country.SE, "jobtech", Country.FI,
			"tyomarkkinatori");

	@Autowired
	private DemoPostings demo;

	@Autowired
	private Checkpoints checkpoints;

	@Autowired
	private RawPostingStore store;

	@Autowired
	private PostingIndex index;

	@Autowired
	private Intake intake;

	@Test
	void theFirstStartIndexesTheSamplePostingsOfAllThreeCountriesAndLoadingAgainAddsNothing() {
		await().atMost(THROUGH_THE_PIPELINE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			assertThat(this.checkpoints.of(DemoPostings.SOURCE).position()).isEqualTo(DemoPostings.LOADED);
			Map<String, SourceCounts> counts = counts();
			assertThat(counts).containsKeys("nav", "jobtech", "tyomarkkinatori");
			assertThat(counts.values()).allSatisfy((source) -> {
				assertThat(source.fetched()).isGreaterThanOrEqualTo(300);
				assertThat(source.indexed()).as(source.source()).isEqualTo(source.fetched());
			});
		});

		for (Country country : Country.values()) {
			List<JobPosting> postings = allActive(country);
			assertThat(postings).as("%s postings", country).hasSizeGreaterThanOrEqualTo(300);
			assertThat(postings).as(country.name())
				.allSatisfy((posting) -> assertThat(posting.occupation()).as(posting.id().toString()).isNotNull());
			Set<String> isco = postings.stream()
				.map((posting) -> posting.occupation().iscoCode())
				.collect(Collectors.toSet());
			assertThat(isco).as("%s ISCO groups", country).hasSizeGreaterThanOrEqualTo(40);
			assertThat(postings)
				.allSatisfy((posting) -> assertThat(posting.id().source()).isEqualTo(SOURCE.get(country)));
			if (country != Country.NO) {
				assertThat(postings.stream().filter((posting) -> posting.place().municipalityCode() != null))
					.as("%s postings with a municipality", country)
					.hasSizeGreaterThanOrEqualTo(SamplePostingGenerator.PER_COUNTRY);
			}
		}

		Map<String, SourceCounts> before = counts();
		assertThat(this.demo.load().loaded()).as("a restart loads nothing").isFalse();
		int addedAgain = 0;
		for (DemoFiles.DemoFile file : DemoFiles.read(Instant.now())) {
			List<RawPosting> postings = ((PageSplit.Split<RawPosting>) file.split()).items();
			addedAgain += this.intake.accept("demo-again", postings, new Checkpoint("again", null, null)).added();
		}
		assertThat(addedAgain).as("the same files taken in again").isZero();
		assertThat(counts()).extractingFromEntries((entry) -> entry.getValue().fetched())
			.containsExactlyElementsOf(before.values().stream().map(SourceCounts::fetched).toList());
	}

	private Map<String, SourceCounts> counts() {
		return this.store.countsPerSource()
			.stream()
			.collect(Collectors.toMap(SourceCounts::source, (counts) -> counts, (a, b) -> a, TreeMap::new));
	}

	private List<JobPosting> allActive(Country country) {
		List<JobPosting> postings = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		PostingPage page;
		int number = 0;
		do {
			page = this.index
				.search(PostingQuery.builder().countries(country).page(number++, PostingQuery.MAX_PAGE_SIZE).build());
			page.postings().stream().filter((posting) -> seen.add(posting.id().toString())).forEach(postings::add);
		}
		while (number < page.totalPages());
		return postings;
	}

}
