package io.arcticmatch.ingest.source.nav;

import io.arcticmatch.ingest.source.Conversion;
import io.arcticmatch.ingest.source.Golden;
import io.arcticmatch.ingest.source.PageSplit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NavFeedPageTest {

	@Test
	void badLinesAreRejectedAndTheRestOfThePageGoesOn() {
		PageSplit<NavFeedLine> split = NavFeedPage.split(Golden.fixture("norway", "nav-feed-page-built.json"),
				Golden.FETCHED_AT);

		assertThat(split).isInstanceOf(PageSplit.Split.class);
		PageSplit.Split<NavFeedLine> page = (PageSplit.Split<NavFeedLine>) split;
		assertThat(page.items()).hasSize(3);
		assertThat(page.rejected()).extracting(Conversion.Rejected::sourceId)
			.containsExactly("items[2]", "c6d9fe0d-3a06-4314-b772-730d50481a45");
		assertThat(page.next()).isEqualTo("/api/v1/feed/10584075-1e5c-4a83-bf49-c80bcab83018");
	}

	@Test
	void inactiveLineIsAWithdrawalWithoutFetchingTheEntry() {
		PageSplit.Split<NavFeedLine> split = (PageSplit.Split<NavFeedLine>) NavFeedPage
			.split(Golden.fixture("norway", "nav-feed-page-built.json"), Golden.FETCHED_AT);
		NavFeedLine inactive = split.items().get(1);

		assertThat(inactive.active()).isFalse();
		assertThat(new NavFeedEntryConverter().convert(inactive.entry())).isInstanceOf(Conversion.Withdrawn.class);
		assertThat(split.items().get(0).entryUrl()).isEqualTo("/api/v1/feedentry/5e80d029-bd08-43ab-a6ce-b57a0e47f52b");
	}

	@Test
	void malformedPageIsATypedFailure() {
		assertThat(NavFeedPage.split(Golden.fixture("norway", "nav-feed-page-malformed.json"), Golden.FETCHED_AT))
			.isInstanceOfSatisfying(PageSplit.Malformed.class,
					(malformed) -> assertThat(malformed.reason()).startsWith("the page is not valid JSON at line 15"));
		assertThat(NavFeedPage.split("{\"items\": {}}", Golden.FETCHED_AT)).isEqualTo(new PageSplit.Malformed<>(
				"a feed page should be an object with a list 'items', but 'items' is an object {}"));
	}

}
