package io.arcticmatch.ingest.source.nav;

import java.util.List;

import io.arcticmatch.ingest.source.Conversion;
import io.arcticmatch.ingest.source.Golden;
import io.arcticmatch.ingest.source.PageSplit;
import io.arcticmatch.ingest.source.RawPosting;
import io.arcticmatch.ingest.source.SourceFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every Norwegian fixture converted and compared with its checked-in expected result.
 */
class NavGoldenFileTest {

	private static final String COUNTRY = "norway";

	private final NavFeedEntryConverter feedEntries = new NavFeedEntryConverter();

	private final NavInternalAdConverter internalAds = new NavInternalAdConverter();

	@ParameterizedTest
	@ValueSource(strings = { "nav-feedentry-from-ad_1.json", "nav-feedentry-from-ad_2.json",
			"nav-feedentry-from-os-kommune.json", "nav-feedentry-from-ad_dto.json",
			"nav-feedentry-edited-categories.json", "nav-feedentry-edited-script.json",
			"nav-feedentry-edited-only-country.json", "nav-feedentry-edited-sami.json", "nav-feedentry-inactive.json",
			"nav-feedentry-malformed-worklocations.json", "nav-feedentry-malformed-no-title.json" })
	void feedEntryConvertsAsExpected(String fixture) {
		RawPosting raw = Golden.posting(SourceFormat.NAV_FEED_ENTRY, COUNTRY, fixture, "uuid");

		Conversion conversion = this.feedEntries.convert(raw);

		Golden.assertMatches(COUNTRY, fixture, Golden.render(List.of(conversion)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "nav-pam-ad-ad_1.json", "nav-pam-ad-ad_2.json", "nav-pam-ad-c6d9fe0d-os-kommune.json",
			"nav-stilling-feed-kafka-ad_dto-fixture.json" })
	void internalAdConvertsAsExpected(String fixture) {
		RawPosting raw = Golden.posting(SourceFormat.NAV_INTERNAL_AD, COUNTRY, fixture, "uuid");

		Conversion conversion = this.internalAds.convert(raw);

		Golden.assertMatches(COUNTRY, fixture, Golden.render(List.of(conversion)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "nav-internal-es-search-result-3ads-2019.json", "nav-pam-ad-search-elektriker-page1.json",
			"nav-pam-ad-search-elektriker-page2.json" })
	void internalPageConvertsAsExpected(String fixture) {
		PageSplit<RawPosting> split = NavInternalPages.split(Golden.fixture(COUNTRY, fixture), Golden.FETCHED_AT);

		Golden.assertMatches(COUNTRY, fixture, Golden.renderPage(split, this.internalAds::convert));
	}

	@ParameterizedTest
	@ValueSource(strings = { "nav-feed-page-built.json", "nav-feed-page-malformed.json" })
	void feedPageSplitsAsExpected(String fixture) {
		PageSplit<NavFeedLine> split = NavFeedPage.split(Golden.fixture(COUNTRY, fixture), Golden.FETCHED_AT);

		ObjectNode result = Golden.object();
		switch (split) {
			case PageSplit.Malformed<NavFeedLine> malformed -> result.put("malformed", malformed.reason());
			case PageSplit.Split<NavFeedLine> lines -> {
				ArrayNode rendered = result.putArray("lines");
				for (NavFeedLine line : lines.items()) {
					ObjectNode node = rendered.addObject();
					node.put("adUuid", line.adUuid());
					node.put("active", line.active());
					node.put("dateModified", line.dateModified());
					node.put("entryUrl", line.entryUrl());
					if (!line.active()) {
						node.set("entry", Golden.render(this.feedEntries.convert(line.entry())));
					}
				}
				result.set("rejected", Golden.tree(lines.rejected()));
				result.put("next", lines.next());
			}
		}
		Golden.assertMatches(COUNTRY, fixture, result);
	}

}
