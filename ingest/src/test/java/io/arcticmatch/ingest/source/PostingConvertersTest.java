package io.arcticmatch.ingest.source;

import java.time.Instant;

import io.arcticmatch.ingest.source.nav.NavFeedEntryConverter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostingConvertersTest {

	private final PostingConverters converters = PostingConverters.standard();

	@Test
	void postingsAreRoutedByFormat() {
		RawPosting raw = RawPosting.of(SourceFormat.JOBTECH_AD, "1", "{\"id\": \"1\", \"removed\": true}",
				Instant.parse("2026-01-01T00:00:00Z"));

		assertThat(this.converters.convert(raw)).isInstanceOf(Conversion.Withdrawn.class);
	}

	@Test
	void formatWithoutAConverterIsRejected() {
		RawPosting raw = RawPosting.of(SourceFormat.DIRECT, "42", "{}", Instant.parse("2026-01-01T00:00:00Z"));

		assertThat(new PostingConverters(java.util.List.of()).convert(raw))
			.isEqualTo(new Conversion.Rejected("42", "no converter reads the format DIRECT (source 'direct')"));
	}

	@Test
	void postingGivenToTheWrongConverterIsRejected() {
		RawPosting raw = RawPosting.of(SourceFormat.JOBTECH_AD, "1", "{}", Instant.parse("2026-01-01T00:00:00Z"));

		assertThat(new NavFeedEntryConverter().convert(raw)).isEqualTo(new Conversion.Rejected("1",
				"this converter reads NAV_FEED_ENTRY, not JOBTECH_AD; route the posting by format"));
	}

	@Test
	void brokenJsonIsRejectedWithWhereItBroke() {
		RawPosting raw = RawPosting.of(SourceFormat.TE_TPT_DOC, "10532453",
				"{\"ilmoitusnumero\": 10532453,\n \"kunta\": ", Instant.parse("2026-01-01T00:00:00Z"));

		Conversion conversion = this.converters.convert(raw);

		assertThat(conversion).isInstanceOfSatisfying(Conversion.Rejected.class,
				(rejected) -> assertThat(rejected.reason()).startsWith("the payload is not valid JSON at line 2"));
	}

	@Test
	void payloadThatIsNotOneObjectIsRejected() {
		RawPosting raw = RawPosting.of(SourceFormat.JOBTECH_AD, "1", "[{\"id\": \"1\"}]",
				Instant.parse("2026-01-01T00:00:00Z"));

		assertThat(this.converters.convert(raw)).isEqualTo(new Conversion.Rejected("1",
				"the payload should be one JSON object (one ad) but is a list [{\"id\":\"1\"}]"));
	}

}
