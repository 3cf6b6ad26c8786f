package io.arcticmatch.ingest.source.jobtech;

import java.time.Instant;
import java.util.List;

import io.arcticmatch.ingest.source.CodeSystem;
import io.arcticmatch.ingest.source.Conversion;
import io.arcticmatch.ingest.source.Coordinates;
import io.arcticmatch.ingest.source.Golden;
import io.arcticmatch.ingest.source.RawPosting;
import io.arcticmatch.ingest.source.Requirement;
import io.arcticmatch.ingest.source.SourceAd;
import io.arcticmatch.ingest.source.SourceCode;
import io.arcticmatch.ingest.source.SourceFormat;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.posting.PostingId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JobTechAdConverterTest {

	private final JobTechAdConverter converter = new JobTechAdConverter();

	@Test
	void jobtechCoordinatesAreLongitudeFirst() {
		SourceAd kiruna = convertFixture("jobtech-ad-22884504-kiruna-2019.json");

		assertThat(kiruna.places().get(0).coordinates()).isEqualTo(new Coordinates(67.8576127184316, 20.2274210124801));
	}

	@Test
	void coordinatesGivenLatitudeFirstAreNoticedInsideTheNordics() {
		SourceAd ad = convert("""
				{"id": "1", "headline": "Trafikledare", "workplace_address": {"municipality_code": "2584",
				 "coordinates": [67.8576127184316, 20.2274210124801]}}
				""");

		assertThat(ad.places().get(0).coordinates()).isEqualTo(new Coordinates(67.8576127184316, 20.2274210124801));
		assertThat(ad.guesses()).anyMatch((guess) -> guess.contains("read as [latitude, longitude]"));
	}

	@Test
	void nullCoordinatesAreLeftEmptyAndNoted() {
		SourceAd ad = convert("""
				{"id": "1", "headline": "Trafikledare", "workplace_address": {"municipality_code": "2584",
				 "coordinates": [null, null]}}
				""");

		assertThat(ad.places().get(0).coordinates()).isNull();
		assertThat(ad.guesses()).contains("workplace_address.coordinates is [null,null], not two numbers; left empty");
	}

	@Test
	void removedStubWithdrawsTheAd() {
		Conversion conversion = this.converter.convert(RawPosting.of(SourceFormat.JOBTECH_AD, "22884504", """
				{"id": "22884504", "removed": true, "removed_date": "2019-04-16T00:05:12",
				 "occupation": "2sRC_oHm_7XA", "municipality": "biN6_UiL_Qob"}
				""", Golden.FETCHED_AT));

		assertThat(conversion).isEqualTo(
				new Conversion.Withdrawn(new PostingId("jobtech", "22884504"), Instant.parse("2019-04-15T22:05:12Z"),
						List.of("removed_date '2019-04-16T00:05:12' had no offset; read as Europe/Stockholm time")));
	}

	@Test
	void numericIdIsReadAsText() {
		assertThat(convert("{\"id\": 28746073, \"headline\": \"Group Product Manager\"}").id())
			.isEqualTo(new PostingId("jobtech", "28746073"));
	}

	@Test
	void occupationGroupKeepsItsSsykCodeBesideTheConcept() {
		SourceAd volvo = convertFixture("jobtech-ad-28746073-volvo-2024.json");

		assertThat(volvo.occupations()).contains(
				new SourceCode(CodeSystem.JOBTECH_OCCUPATION_GROUP, "mp2Y_vyC_RFV", "Övriga civilingenjörsyrken"),
				new SourceCode(CodeSystem.SSYK2012, "2149", "Övriga civilingenjörsyrken"));
	}

	@Test
	void mustHaveIsRequiredAndNiceToHaveIsNot() {
		SourceAd kiruna = convertFixture("jobtech-ad-22884504-kiruna-2019.json");

		assertThat(kiruna.languages()).containsExactly(
				new Requirement(new SourceCode(CodeSystem.JOBTECH_LANGUAGE, "NVxJ_hLg_TYS", "Engelska"), true),
				new Requirement(new SourceCode(CodeSystem.JOBTECH_LANGUAGE, "zSLA_vw2_FXN", "Svenska"), false));
		assertThat(kiruna.drivingLicences())
			.containsExactly(new SourceCode(CodeSystem.JOBTECH_DRIVING_LICENCE, "hK1a_wsQ_4UG", "D"));
	}

	@Test
	void timesWithoutOffsetAreReadInStockholmTimeAndTimestampIsEpochMillis() {
		SourceAd volvo = convertFixture("jobtech-ad-28746073-volvo-2024.json");

		assertThat(volvo.published()).isEqualTo(Instant.parse("2024-04-24T12:27:02Z"));
		assertThat(volvo.applicationDeadline()).isEqualTo(Instant.parse("2024-05-08T21:59:59Z"));
		assertThat(volvo.updated()).isEqualTo(Instant.ofEpochMilli(1713965113220L));
	}

	@Test
	void textFormattedWithoutMarkupGivesWayToEscapedPlainText() {
		SourceAd volvo = convertFixture("jobtech-ad-28746073-volvo-2024.json");

		assertThat(volvo.descriptionHtml()).startsWith("<p>Who are we?<br>\nVolvo Cars is a company on a mission;")
			.contains("Customer Care &amp; Support");
	}

	@Test
	void undefinedSalaryIsNoSalaryText() {
		assertThat(convertFixture("jobtech-ad-28746073-volvo-2024.json").salaryText()).isNull();
	}

	@Test
	void workplaceAbroadKeepsItsCountry() {
		SourceAd ad = convert(
				"""
						{"id": "1", "headline": "Trafikledare", "workplace_address": {"country": "Norge", "coordinates": [null, null]}}
						""");
		SourceAd spain = convert("""
				{"id": "2", "headline": "Guide", "workplace_address": {"country": "Spanien"}}
				""");

		assertThat(ad.places().get(0).country()).isEqualTo(Country.NO);
		assertThat(spain.places().get(0).country()).isNull();
		assertThat(spain.places().get(0).countryName()).isEqualTo("Spanien");
	}

	@Test
	void wrongTypeIsRejectedNamingTheFieldAndTheValue() {
		Conversion conversion = this.converter.convert(RawPosting.of(SourceFormat.JOBTECH_AD, "22884505",
				"{\"id\": \"22884505\", \"headline\": \"Trafikledare\", \"scope_of_work\": {\"min\": \"heltid\"}}",
				Golden.FETCHED_AT));

		assertThat(conversion).isEqualTo(new Conversion.Rejected("22884505",
				"field 'scope_of_work.min' should be a number but is the text \"heltid\""));
	}

	private SourceAd convertFixture(String fixture) {
		return ad(this.converter.convert(Golden.posting(SourceFormat.JOBTECH_AD, "sweden", fixture, "id")));
	}

	private SourceAd convert(String payload) {
		return ad(this.converter.convert(RawPosting.of(SourceFormat.JOBTECH_AD, "1", payload, Golden.FETCHED_AT)));
	}

	private static SourceAd ad(Conversion conversion) {
		assertThat(conversion).isInstanceOf(Conversion.Converted.class);
		return ((Conversion.Converted) conversion).ad();
	}

}
