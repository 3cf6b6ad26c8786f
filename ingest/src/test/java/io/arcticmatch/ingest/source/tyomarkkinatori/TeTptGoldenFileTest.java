package io.arcticmatch.ingest.source.tyomarkkinatori;

import io.arcticmatch.ingest.source.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every Finnish fixture converted and compared with its checked-in expected result.
 */
class TeTptGoldenFileTest {

	private static final String COUNTRY = "finland";

	private final TeTptDocConverter converter = new TeTptDocConverter();

	@ParameterizedTest
	@ValueSource(strings = { "te-tpt-api-single-job-10532453-sv.json", "te-tpt-api-search-programmerare-vasa-sv.json",
			"te-tpt-api-search-50-jobs-sv-2021.json", "te-tpt-edited-sami-utsjoki.json",
			"te-tpt-search-edited-bad-docs.json", "te-tpt-search-solr-error.json" })
	void answerConvertsAsExpected(String fixture) {
		Golden.assertMatches(COUNTRY, fixture, Golden.renderPage(
				TeTptPages.split(Golden.fixture(COUNTRY, fixture), Golden.FETCHED_AT), this.converter::convert));
	}

}
