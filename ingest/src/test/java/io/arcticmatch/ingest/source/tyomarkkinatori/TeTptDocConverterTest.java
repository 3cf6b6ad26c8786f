package io.arcticmatch.ingest.source.tyomarkkinatori;

import java.time.Instant;

import io.arcticmatch.ingest.source.CodeSystem;
import io.arcticmatch.ingest.source.Conversion;
import io.arcticmatch.ingest.source.Golden;
import io.arcticmatch.ingest.source.PageSplit;
import io.arcticmatch.ingest.source.RawPosting;
import io.arcticmatch.ingest.source.SourceAd;
import io.arcticmatch.ingest.source.SourceCode;
import io.arcticmatch.ingest.source.SourceFormat;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.posting.PostingId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TeTptDocConverterTest {

	private final TeTptDocConverter converter = new TeTptDocConverter();

	@Test
	void amlCodeIsKeptFiveDigits() {
		SourceAd ad = convert("""
				{"ilmoitusnumero": 1, "tehtavanimi": "Sotilas", "mainAmmattikoodi": 1100,
				 "ammattikoodi": ["01100", "25140", "X0110"], "ammatti": ["Sotilas", "Ohjelmoija", "Yrittäjä"]}
				""");

		assertThat(ad.occupations()).containsExactly(new SourceCode(CodeSystem.AML2010, "01100", null),
				new SourceCode(CodeSystem.AML2010, "25140", "Ohjelmoija"),
				new SourceCode(CodeSystem.AML2010, "X0110", "Yrittäjä"));
		assertThat(ad.guesses()).contains("mainAmmattikoodi '1100' has fewer than 5 digits; read as '01100'",
				"ammattikoodi[2] 'X0110' is not a 5-digit Ammattiluokitus code; kept as given");
	}

	@Test
	void adIdIsTheAdNumberNotTheLanguageDocumentsId() {
		SourceAd ad = convertFixture("te-tpt-api-single-job-10532453-sv.json");

		assertThat(ad.id()).isEqualTo(new PostingId("tyomarkkinatori", "10532453"));
	}

	@Test
	void statedTextLanguageIsKeptAndLabelLanguageIsNot() {
		SourceAd english = convertFixture("te-tpt-api-single-job-10532453-sv.json");
		SourceAd sami = convertFixture("te-tpt-edited-sami-utsjoki.json");

		assertThat(english.textLanguage()).isEqualTo("fi");
		assertThat(sami.textLanguage()).isEqualTo("se");
		assertThat(sami.places().get(0).municipalityCode()).isEqualTo("890");
	}

	@Test
	void multilingualAdLeavesTheTextLanguageUnknown() {
		SourceAd ad = convert("""
				{"ilmoitusnumero": 1, "tehtavanimi": "Sairaanhoitaja", "yksikielinen": false, "julkaisukieli": "fi"}
				""");

		assertThat(ad.textLanguage()).isNull();
	}

	@Test
	void finnishDeadlineWithClockTimeIsParsed() {
		SourceAd sami = convertFixture("te-tpt-edited-sami-utsjoki.json");

		assertThat(sami.applicationDeadline()).isEqualTo(Instant.parse("2021-04-14T09:00:00Z"));
		assertThat(sami.remote()).isTrue();
	}

	@Test
	void timestampIsEpochMillisOrIsoText() {
		SourceAd millis = convert("{\"ilmoitusnumero\": 1, \"tehtavanimi\": \"X\", \"timestamp\": 1612415038949}");
		SourceAd iso = convert(
				"{\"ilmoitusnumero\": 1, \"tehtavanimi\": \"X\", \"timestamp\": \"2021-02-04T05:03:58.949Z\"}");

		assertThat(millis.updated()).isEqualTo(Instant.parse("2021-02-04T05:03:58.949Z")).isEqualTo(iso.updated());
	}

	@Test
	void plainTextDescriptionIsEscapedWhenThereIsNoHtml() {
		SourceAd ad = convert("""
				{"ilmoitusnumero": 1, "tehtavanimi": "Ohjelmoija", "kuvausteksti": "C# & .NET <3\\r\\n- React"}
				""");

		assertThat(ad.descriptionHtml()).isEqualTo("<p>C# &amp; .NET &lt;3<br>\n- React</p>");
	}

	@Test
	void missingCountryOfAFinnishPlaceIsFinlandAndNoted() {
		SourceAd ad = convert(
				"{\"ilmoitusnumero\": 1, \"tehtavanimi\": \"X\", \"kuntakoodi\": 91, \"kunta\": \"Helsinki\"}");

		assertThat(ad.places().get(0).country()).isEqualTo(Country.FI);
		assertThat(ad.places().get(0).municipalityCode()).isEqualTo("091");
		assertThat(ad.guesses()).contains("maa and maakoodi are missing; read as Finland",
				"kuntakoodi '91' has fewer than 3 digits; read as '091'");
	}

	@Test
	void docWithoutAdNumberIsRejectedAndTheRestGoesOn() {
		PageSplit.Split<RawPosting> split = (PageSplit.Split<RawPosting>) TeTptPages
			.split(Golden.fixture("finland", "te-tpt-search-edited-bad-docs.json"), Golden.FETCHED_AT);

		assertThat(split.rejected()).extracting(Conversion.Rejected::reason)
			.containsExactly("response.docs[1] has no usable 'ilmoitusnumero' (missing); cannot tell which ad it is");
		assertThat(split.items()).extracting(RawPosting::sourceId).containsExactly("10532453", "10532454");
	}

	@Test
	void solrErrorIsAMalformedPage() {
		assertThat(TeTptPages.split(Golden.fixture("finland", "te-tpt-search-solr-error.json"), Golden.FETCHED_AT))
			.isInstanceOfSatisfying(PageSplit.Malformed.class, (malformed) -> assertThat(malformed.reason())
				.startsWith("Solr answered with responseHeader.status 400"));
	}

	private SourceAd convertFixture(String fixture) {
		PageSplit.Split<RawPosting> split = (PageSplit.Split<RawPosting>) TeTptPages
			.split(Golden.fixture("finland", fixture), Golden.FETCHED_AT);
		return ad(this.converter.convert(split.items().get(0)));
	}

	private SourceAd convert(String payload) {
		return ad(this.converter.convert(RawPosting.of(SourceFormat.TE_TPT_DOC, "1", payload, Golden.FETCHED_AT)));
	}

	private static SourceAd ad(Conversion conversion) {
		assertThat(conversion).isInstanceOf(Conversion.Converted.class);
		return ((Conversion.Converted) conversion).ad();
	}

}
