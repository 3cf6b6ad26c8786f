package io.arcticmatch.ingest.source.jobtech;

import io.arcticmatch.ingest.source.Conversion;
import io.arcticmatch.ingest.source.Golden;
import io.arcticmatch.ingest.source.PageSplit;
import io.arcticmatch.ingest.source.RawPosting;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JobTechPagesTest {

	private final JobTechAdConverter converter = new JobTechAdConverter();

	@Test
	void oneBadAdInAStreamDoesNotStopTheRest() {
		PageSplit.Split<RawPosting> split = (PageSplit.Split<RawPosting>) JobTechPages
			.split(Golden.fixture("sweden", "jobtech-stream-edited.json"), Golden.FETCHED_AT);

		assertThat(split.rejected()).extracting(Conversion.Rejected::sourceId).containsExactly("$[2]");
		assertThat(split.items()).extracting(RawPosting::sourceId)
			.containsExactly("28746073", "22884504", "22884505", "22884506");
		assertThat(split.items().stream().map(this.converter::convert))
			.extracting((conversion) -> conversion.getClass().getSimpleName())
			.containsExactly("Converted", "Withdrawn", "Rejected", "Converted");
	}

	@Test
	void searchAnswerHitsAreCut() {
		PageSplit<RawPosting> split = JobTechPages.split("{\"total\": {\"value\": 1}, \"hits\": [{\"id\": \"7\"}]}",
				Golden.FETCHED_AT);

		assertThat(split).isInstanceOfSatisfying(PageSplit.Split.class, (page) -> assertThat(page.items()).hasSize(1));
	}

	@Test
	void truncatedStreamIsAMalformedPage() {
		assertThat(JobTechPages.split(Golden.fixture("sweden", "jobtech-stream-malformed.json"), Golden.FETCHED_AT))
			.isInstanceOf(PageSplit.Malformed.class);
	}

}
