package io.arcticmatch.ingest.source.nav;

import java.time.Instant;
import java.util.List;

import io.arcticmatch.ingest.source.CodeSystem;
import io.arcticmatch.ingest.source.Conversion;
import io.arcticmatch.ingest.source.Golden;
import io.arcticmatch.ingest.source.RawPosting;
import io.arcticmatch.ingest.source.SourceAd;
import io.arcticmatch.ingest.source.SourceCode;
import io.arcticmatch.ingest.source.SourceFormat;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.posting.PostingId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NavFeedEntryConverterTest {

	private static final String UUID = "db6cc067-7f39-42f1-9866-d9ee47894ec6";

	private final NavFeedEntryConverter converter = new NavFeedEntryConverter();

	@Test
	void inactiveFeedEntryWithdrawsTheAd() {
		Conversion conversion = convert(Golden.fixture("norway", "nav-feedentry-inactive.json"));

		assertThat(conversion).isEqualTo(new Conversion.Withdrawn(new PostingId("nav", UUID),
				Instant.parse("2019-03-02T00:31:32.861Z"), List.of()));
	}

	@Test
	void inactiveEntryThatStillHasMaskedContentIsWithdrawnAllTheSame() {
		Conversion conversion = convert("""
				{"uuid": "%s", "status": "INACTIVE", "sistEndret": "2024-06-01T10:00:00+02:00",
				 "ad_content": {"uuid": "%s", "title": "...", "employer": {"name": ""}}}
				""".formatted(UUID, UUID));

		assertThat(conversion).isInstanceOfSatisfying(Conversion.Withdrawn.class,
				(withdrawn) -> assertThat(withdrawn.when()).isEqualTo(Instant.parse("2024-06-01T08:00:00Z")));
	}

	@Test
	void activeEntryWithoutContentIsWithdrawnAndNoted() {
		Conversion conversion = convert("{\"uuid\": \"%s\", \"status\": \"ACTIVE\"}".formatted(UUID));

		assertThat(conversion).isInstanceOfSatisfying(Conversion.Withdrawn.class,
				(withdrawn) -> assertThat(withdrawn.guesses()).containsExactly(
						"status is ACTIVE but there is no ad_content; read as withdrawn",
						"no sistEndret; the withdrawal is dated when it was fetched"));
	}

	@Test
	void contentUnderJsonAsInNavsDocsIsReadLikeAdContent() {
		String entry = Golden.fixture("norway", "nav-feedentry-from-ad_1.json").replace("\"ad_content\"", "\"json\"");

		assertThat(ad(convert(entry)).title()).isEqualTo("Motorkyndige Teknikkere/ Elektrikkere/ Feilsøkere");
	}

	@Test
	void navPlaceNamesAreKeptUpperCaseWithoutAMunicipalityCode() {
		SourceAd ad = ad(convert(Golden.fixture("norway", "nav-feedentry-from-ad_dto.json")));

		assertThat(ad.places()).singleElement().satisfies((place) -> {
			assertThat(place.country()).isEqualTo(Country.NO);
			assertThat(place.municipalityName()).isEqualTo("LEKA");
			assertThat(place.regionName()).isEqualTo("TRØNDELAG");
			assertThat(place.municipalityCode()).isNull();
			assertThat(place.coordinates()).isNull();
		});
	}

	@Test
	void placeWithOnlyACountryKeepsTheCountry() {
		SourceAd ad = ad(convert(Golden.fixture("norway", "nav-feedentry-edited-only-country.json")));

		assertThat(ad.places()).singleElement().satisfies((place) -> {
			assertThat(place.country()).isEqualTo(Country.NO);
			assertThat(place.municipalityName()).isNull();
		});
	}

	@Test
	void categoriesAreTaggedByCodeSystem() {
		SourceAd ad = ad(convert(Golden.fixture("norway", "nav-feedentry-edited-categories.json")));

		assertThat(ad.occupations()).extracting(SourceCode::system)
			.containsExactly(CodeSystem.ESCO_OCCUPATION, CodeSystem.JANZZ, CodeSystem.STYRK08, CodeSystem.STYRK08NAV);
		assertThat(ad.occupations()).contains(new SourceCode(CodeSystem.STYRK08NAV, "2512.01", "Programmerer (data)"));
	}

	@Test
	void escoCategoryHoldingAnIscoGroupIsKeptAsIscoAndNoted() {
		SourceAd ad = ad(
				convert("""
						{"uuid": "%s", "status": "ACTIVE", "ad_content": {"title": "Renholder", "categoryList": [
						  {"categoryType": "ESCO", "code": "http://data.europa.eu/esco/isco/c9112", "name": "Renholdsarbeider"}]}}
						"""
					.formatted(UUID)));

		assertThat(ad.occupations()).containsExactly(new SourceCode(CodeSystem.ISCO08, "9112", "Renholdsarbeider"));
		assertThat(ad.guesses()).contains(
				"ad_content.categoryList[0].code 'http://data.europa.eu/esco/isco/c9112' is an ISCO-08 group, not an ESCO occupation; kept as ISCO08 9112");
	}

	@Test
	void scriptInDescriptionIsKeptForTheSanitiser() {
		SourceAd ad = ad(convert(Golden.fixture("norway", "nav-feedentry-edited-script.json")));

		assertThat(ad.descriptionHtml()).contains("<script>alert(\"xss\")</script>")
			.contains("<iframe src=\"https://evil.example/frame\"></iframe>")
			.contains("onerror=\"alert(1)\"")
			.contains("href=\"javascript:alert(2)\"");
	}

	@Test
	void nynorskAndSamiTextsAreKeptAndTheirLanguageIsLeftToALaterStage() {
		SourceAd nynorsk = ad(convert(Golden.fixture("norway", "nav-feedentry-from-os-kommune.json")));
		SourceAd sami = ad(convert(Golden.fixture("norway", "nav-feedentry-edited-sami.json")));

		assertThat(nynorsk.textLanguage()).isNull();
		assertThat(nynorsk.descriptionHtml()).contains("Arbeidsoppgåver");
		assertThat(sami.textLanguage()).isNull();
		assertThat(sami.title()).isEqualTo("Mánáidgárdeoahpaheaddji Guovdageidnui");
		assertThat(sami.places().get(0).municipalityName()).isEqualTo("GUOVDAGEAIDNU - KAUTOKEINO");
	}

	@Test
	void timeWithoutOffsetIsReadInOsloTime() {
		SourceAd ad = ad(convert(Golden.fixture("norway", "nav-feedentry-edited-only-country.json")));

		assertThat(ad.published()).isEqualTo(Instant.parse("2021-03-22T23:00:00Z"));
		assertThat(ad.guesses())
			.contains("ad_content.published '2021-03-23T00:00:00' had no offset; read as Europe/Oslo time");
	}

	@Test
	void updatedIsTheFeedsSistEndretSoThatVersionsAndWithdrawalsOrderAlike() {
		SourceAd ad = ad(convert("""
				{"uuid": "%s", "status": "ACTIVE", "sistEndret": "2024-06-02T10:00:00+02:00",
				 "ad_content": {"title": "Elektriker", "updated": "2024-06-01T10:00:00+02:00"}}
				""".formatted(UUID)));

		assertThat(ad.updated()).isEqualTo(Instant.parse("2024-06-02T08:00:00Z"));
	}

	@Test
	void malformedAdIsRejectedWithItsReason() {
		Conversion conversion = convert(Golden.fixture("norway", "nav-feedentry-malformed-worklocations.json"));

		assertThat(conversion).isEqualTo(new Conversion.Rejected(UUID,
				"field 'ad_content.workLocations' should be a list but is the text \"OSLO\""));
	}

	@Test
	void adWithoutTitleIsRejected() {
		Conversion conversion = convert(Golden.fixture("norway", "nav-feedentry-malformed-no-title.json"));

		assertThat(conversion).isInstanceOfSatisfying(Conversion.Rejected.class,
				(rejected) -> assertThat(rejected.reason())
					.isEqualTo("field 'ad_content.title' is missing; an ad needs it"));
	}

	@Test
	void freeTextApplicationUrlIsNotALink() {
		SourceAd ad = ad(
				convert("""
						{"uuid": "%s", "status": "ACTIVE", "ad_content": {"title": "Elektriker", "applicationUrl": "Se annonsen"}}
						"""
					.formatted(UUID)));

		assertThat(ad.applyUrl()).isNull();
		assertThat(ad.guesses()).contains("ad_content.applicationUrl 'Se annonsen' is not a link; left empty");
	}

	private Conversion convert(String payload) {
		return this.converter.convert(RawPosting.of(SourceFormat.NAV_FEED_ENTRY, UUID, payload, Golden.FETCHED_AT));
	}

	private static SourceAd ad(Conversion conversion) {
		assertThat(conversion).isInstanceOf(Conversion.Converted.class);
		return ((Conversion.Converted) conversion).ad();
	}

}
