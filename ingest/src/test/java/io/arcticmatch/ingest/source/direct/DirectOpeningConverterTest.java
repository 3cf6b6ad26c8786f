package io.arcticmatch.ingest.source.direct;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.arcticmatch.ingest.source.CodeSystem;
import io.arcticmatch.ingest.source.Conversion;
import io.arcticmatch.ingest.source.PostingConverters;
import io.arcticmatch.ingest.source.RawPosting;
import io.arcticmatch.ingest.source.SourceAd;
import io.arcticmatch.ingest.source.SourceCode;
import io.arcticmatch.ingest.source.SourceFormat;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.posting.PostingId;
import io.arcticmatch.matcher.posting.RemoteMode;
import io.arcticmatch.matcher.posting.SalaryPeriod;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DirectOpeningConverterTest {

	static final String WELDING = "http://data.europa.eu/esco/skill/14b4a40e-da80-452a-86d6-88a959052219";

	private static final Instant PUBLISHED = Instant.parse("2026-11-20T08:00:00Z");

	private final DirectOpeningConverter converter = new DirectOpeningConverter();

	static DirectOpening welderInKiruna(boolean open) {
		return new DirectOpening("7f1c", 3, open, "Svetsare till gruvan", "LKAB", "556001-5835",
				"<p>Vi söker en <strong>svetsare</strong>.</p>", "sv", "isco08:7212", "Svetsare", List.of(WELDING),
				List.of(new DirectOpening.LanguageNeed("iso639:swe", "B2", true)), List.of("licence:B"), Country.SE,
				"2584", "Kiruna", "PERMANENT", "FULL_TIME", "REMOTE", new BigDecimal("32000"), new BigDecimal("38000"),
				"SEK", "MONTH", PUBLISHED, Instant.parse("2026-11-21T09:30:00Z"), Instant.parse("2026-12-31T22:59:59Z"),
				"mailto:jobb@example.se", "https://arcticmatch.example/jobs/direct:7f1c");
	}

	@Test
	void openOpeningKeepsTheConceptIdsTheEmployerPicked() {
		SourceAd ad = converted(welderInKiruna(true).toRawPosting());

		assertThat(ad.id()).isEqualTo(new PostingId("direct", "7f1c"));
		assertThat(ad.title()).isEqualTo("Svetsare till gruvan");
		assertThat(ad.employerName()).isEqualTo("LKAB");
		assertThat(ad.occupations())
			.containsExactly(new SourceCode(CodeSystem.ARCTIC_CONCEPT, "isco08:7212", "Svetsare"));
		assertThat(ad.skills()).extracting((skill) -> skill.concept().code()).containsExactly(WELDING);
		assertThat(ad.languages()).singleElement().satisfies((language) -> {
			assertThat(language.concept()).isEqualTo(new SourceCode(CodeSystem.ARCTIC_CONCEPT, "iso639:swe", "B2"));
			assertThat(language.required()).isTrue();
		});
		assertThat(ad.drivingLicences()).extracting(SourceCode::code).containsExactly("licence:B");
		assertThat(ad.places()).singleElement().satisfies((place) -> {
			assertThat(place.country()).isEqualTo(Country.SE);
			assertThat(place.municipalityCode()).isEqualTo("2584");
		});
		assertThat(ad.guesses()).isEmpty();
	}

	@Test
	void remoteModeSalaryAndDatesAreTakenAsEntered() {
		SourceAd ad = converted(welderInKiruna(true).toRawPosting());

		assertThat(ad.remoteMode()).isEqualTo(RemoteMode.REMOTE);
		assertThat(ad.salary()).isNotNull();
		assertThat(ad.salary().min()).isEqualByComparingTo("32000");
		assertThat(ad.salary().max()).isEqualByComparingTo("38000");
		assertThat(ad.salary().currency().getCurrencyCode()).isEqualTo("SEK");
		assertThat(ad.salary().period()).isEqualTo(SalaryPeriod.MONTH);
		assertThat(ad.published()).isEqualTo(PUBLISHED);
		assertThat(ad.applicationDeadline()).isEqualTo(Instant.parse("2026-12-31T22:59:59Z"));
		assertThat(ad.applyUrl()).isEqualTo("mailto:jobb@example.se");
		assertThat(ad.employmentType().code()).isEqualTo("PERMANENT");
	}

	@Test
	void closedVersionWithdrawsTheOpening() {
		Conversion conversion = this.converter.convert(welderInKiruna(false).toRawPosting());

		assertThat(conversion).isEqualTo(new Conversion.Withdrawn(new PostingId("direct", "7f1c"),
				Instant.parse("2026-11-21T09:30:00Z"), List.of()));
	}

	@Test
	void everyVersionHasItsOwnPayloadSoReopeningIsNotADuplicate() {
		DirectOpening opening = welderInKiruna(true);
		DirectOpening next = new DirectOpening(opening.id(), opening.version() + 1, true, opening.title(),
				opening.employerName(), opening.employerOrgNumber(), opening.descriptionHtml(), opening.textLanguage(),
				opening.occupationId(), opening.occupationLabel(), opening.skillIds(), opening.languages(),
				opening.licenceIds(), opening.country(), opening.municipalityCode(), opening.municipalityName(),
				opening.employmentType(), opening.workingTime(), opening.remoteMode(), opening.salaryMin(),
				opening.salaryMax(), opening.salaryCurrency(), opening.salaryPeriod(), opening.published(),
				opening.updated(), opening.deadline(), opening.applyUrl(), opening.pageUrl());

		assertThat(next.toRawPosting().payload()).isNotEqualTo(opening.toRawPosting().payload());
	}

	@Test
	void openingWithoutTitleIsRejectedNamingTheField() {
		RawPosting raw = RawPosting.of(SourceFormat.DIRECT, "9",
				"{\"id\": \"9\", \"open\": true, \"updated\": \"2026-11-21T09:30:00Z\", \"country\": \"NO\"}",
				PUBLISHED);

		assertThat(this.converter.convert(raw)).isInstanceOfSatisfying(Conversion.Rejected.class,
				(rejected) -> assertThat(rejected.reason()).contains("'title'"));
	}

	@Test
	void unknownCountryIsRejected() {
		RawPosting raw = RawPosting.of(SourceFormat.DIRECT, "9",
				"{\"id\": \"9\", \"title\": \"Kokk\", \"updated\": \"2026-11-21T09:30:00Z\", \"country\": \"DK\"}",
				PUBLISHED);

		assertThat(this.converter.convert(raw)).isInstanceOfSatisfying(Conversion.Rejected.class,
				(rejected) -> assertThat(rejected.reason()).contains("NO, SE or FI").contains("DK"));
	}

	@Test
	void theStandardConvertersReadDirectOpenings() {
		assertThat(PostingConverters.standard().convert(welderInKiruna(true).toRawPosting()))
			.isInstanceOf(Conversion.Converted.class);
	}

	private SourceAd converted(RawPosting raw) {
		Conversion conversion = this.converter.convert(raw);
		assertThat(conversion).isInstanceOf(Conversion.Converted.class);
		return ((Conversion.Converted) conversion).ad();
	}

}
