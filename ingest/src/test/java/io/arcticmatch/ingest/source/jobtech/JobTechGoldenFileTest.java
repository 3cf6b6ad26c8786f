package io.arcticmatch.ingest.source.jobtech;

import java.util.List;

import io.arcticmatch.ingest.source.Golden;
import io.arcticmatch.ingest.source.RawPosting;
import io.arcticmatch.ingest.source.SourceFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every Swedish fixture converted and compared with its checked-in expected result.
 */
class JobTechGoldenFileTest {

	private static final String COUNTRY = "sweden";

	private final JobTechAdConverter converter = new JobTechAdConverter();

	@ParameterizedTest
	@ValueSource(strings = { "jobtech-ad-22884504-kiruna-2019.json", "jobtech-ad-28746073-volvo-2024.json" })
	void adConvertsAsExpected(String fixture) {
		RawPosting raw = Golden.posting(SourceFormat.JOBTECH_AD, COUNTRY, fixture, "id");

		Golden.assertMatches(COUNTRY, fixture, Golden.render(List.of(this.converter.convert(raw))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "jobtech-es-hit-22884504-kiruna-2019.json", "jobtech-es-search-2-anonymised-ads-2019.json",
			"jobtech-stream-edited.json", "jobtech-stream-malformed.json" })
	void pageConvertsAsExpected(String fixture) {
		Golden.assertMatches(COUNTRY, fixture, Golden.renderPage(
				JobTechPages.split(Golden.fixture(COUNTRY, fixture), Golden.FETCHED_AT), this.converter::convert));
	}

}
