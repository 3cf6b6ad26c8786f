package io.arcticmatch.ingest.source.parse;

import java.time.Instant;

import io.arcticmatch.ingest.source.PageSplit;
import io.arcticmatch.ingest.source.ParsedPosting;
import io.arcticmatch.ingest.source.PostingOrigin;
import io.arcticmatch.ingest.source.RawPosting;
import io.arcticmatch.ingest.source.SourceFormat;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PagesTest {

	private static final Instant FETCHED_AT = Instant.parse("2026-11-25T06:00:00Z");

	/** Text that JSON writes escaped or not, numbers whose text a tree changes. */
	private static final JsonNode PAGE = JsonPayloads.JSON.readTree("""
			{"hits": [{"id": 7, "headline": "Sjuksk\\u00f6terska \\"natt\\" <b>&amp;</b> \\u2028 \\ud83d\\ude00",
			  "salary": 1.50, "rate": 1e3, "big": 12345678901234567890, "tags": ["a", null, true], "empty": {},
			  "text": "line\\nnext\\ttab\\u0001"}, 3]}""");

	/** What the splitters kept of that ad before they kept its tree, byte for byte. */
	private static final String KEPT = "{\"id\":7,\"headline\":\"Sjuksköterska \\\"natt\\\" <b>&amp;</b> \u2028 \uD83D\uDE00\","
			+ "\"salary\":1.5,\"rate\":1000.0,\"big\":12345678901234567890,\"tags\":[\"a\",null,true],\"empty\":{},"
			+ "\"text\":\"line\\nnext\\ttab\\u0001\"}";

	@Test
	void theIntakeKeepsEachAdsPayloadAsItWasKeptBefore() {
		PageSplit<RawPosting> split = Pages.split(PAGE.path("hits"), "hits", (item) -> item, "id",
				SourceFormat.JOBTECH_AD, FETCHED_AT, null);

		assertThat(split).isInstanceOfSatisfying(PageSplit.Split.class, (ads) -> {
			assertThat(ads.items()).containsExactly(RawPosting.of(SourceFormat.JOBTECH_AD, "7", KEPT, FETCHED_AT));
			assertThat(ads.rejected()).hasSize(1);
		});
	}

	@Test
	void aSplitTreeIsWrittenAsTextOnlyWhenItsRawPostingIsAskedFor() {
		PageSplit.Split<ParsedPosting> split = Pages.splitParsed(PAGE.path("hits"), "hits", (item) -> item, "id",
				SourceFormat.JOBTECH_AD, FETCHED_AT, null);

		ParsedPosting posting = split.items().get(0);
		assertThat(posting.text()).as("nothing written while splitting").isNull();
		assertThat(posting.payload()).isSameAs(PAGE.path("hits").get(0));
		assertThat(posting.origin()).isEqualTo(PostingOrigin.of(SourceFormat.JOBTECH_AD, "7", FETCHED_AT));
		assertThat(posting.raw()).isEqualTo(RawPosting.of(SourceFormat.JOBTECH_AD, "7", KEPT, FETCHED_AT));
	}

	@Test
	void aPostingGivenAsTextKeepsThatTextAsItCame() {
		RawPosting raw = RawPosting.of(SourceFormat.NAV_FEED_ENTRY, "a", "{ \"uuid\" : \"a\" }", FETCHED_AT);

		ParsedPosting posting = ParsedPosting.unparsed(raw);

		assertThat(posting.payload()).isNull();
		assertThat(posting.raw()).isEqualTo(raw);
	}

	@Test
	void aParsedPostingIsEitherATreeOrAText() {
		PostingOrigin origin = PostingOrigin.of(SourceFormat.JOBTECH_AD, "7", FETCHED_AT);

		assertThatIllegalArgumentException().isThrownBy(() -> new ParsedPosting(origin, null, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ParsedPosting(origin, PAGE.path("hits").get(0), KEPT));
	}

}
