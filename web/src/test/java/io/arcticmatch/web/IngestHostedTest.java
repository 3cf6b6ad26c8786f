package io.arcticmatch.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.arcticmatch.ingest.intake.Checkpoint;
import io.arcticmatch.ingest.intake.Intake;
import io.arcticmatch.ingest.source.RawPosting;
import io.arcticmatch.ingest.source.SourceFormat;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.PostingId;
import io.arcticmatch.matcher.posting.PostingIndex;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The web application hosts ingest: a fetched ad goes through intake, the pipeline's
 * stages and into the posting index inside this process, with the application's own
 * classpath.
 */
@WebAppTest
class IngestHostedTest {

	@Autowired
	private Intake intake;

	@Autowired
	private PostingIndex index;

	@Test
	void aFetchedAdIsIndexedWithItsHtmlMadeSafe() {
		String ad = """
				{"id": "web-1", "headline": "Sjuksköterska till Kiruna",
				 "description": {"text": "Vi söker en sjuksköterska.",
				  "text_formatted": "<p onclick=\\"steal()\\">Vi söker en sjuksköterska.</p><script>steal()</script>"},
				 "workplace_address": {"municipality_code": "2584", "country_code": "199"},
				 "publication_date": "2026-11-20T08:00:00"}
				""";
		this.intake.accept("jobtech",
				List.of(RawPosting.of(SourceFormat.JOBTECH_AD, "web-1", ad, Instant.parse("2026-11-24T10:00:00Z"))),
				new Checkpoint("2026-11-24T10:00:00", null, null));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.index.findById(new PostingId("jobtech", "web-1")).isPresent());
		JobPosting posting = this.index.findById(new PostingId("jobtech", "web-1")).orElseThrow();
		assertThat(posting.place().municipalityCode()).isEqualTo("2584");
		assertThat(posting.description()).contains("Vi söker en sjuksköterska.")
			.doesNotContain("script")
			.doesNotContain("onclick");
	}

}
