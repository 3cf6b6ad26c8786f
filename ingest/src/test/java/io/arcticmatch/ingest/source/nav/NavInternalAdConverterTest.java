package io.arcticmatch.ingest.source.nav;

import io.arcticmatch.ingest.source.CodeSystem;
import io.arcticmatch.ingest.source.Conversion;
import io.arcticmatch.ingest.source.Coordinates;
import io.arcticmatch.ingest.source.Golden;
import io.arcticmatch.ingest.source.RawPosting;
import io.arcticmatch.ingest.source.SourceAd;
import io.arcticmatch.ingest.source.SourceCode;
import io.arcticmatch.ingest.source.SourceFormat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NavInternalAdConverterTest {

	private final NavInternalAdConverter converter = new NavInternalAdConverter();

	@Test
	void propertiesWrittenAsJsonTextAreRead() {
		SourceAd ad = convert("nav-stilling-feed-kafka-ad_dto-fixture.json");

		assertThat(ad.occupations()).containsExactly(
				new SourceCode(CodeSystem.STYRK08NAV, "2342.07", "Pedagogisk leder (førskolelærer)"),
				new SourceCode(CodeSystem.JANZZ, "266998", "Pedagogisk leder (barnehage/førskole)"),
				new SourceCode(CodeSystem.STYRK08, "2342", null));
	}

	@Test
	void expiredInternalAdIsInactiveButKeepsItsContent() {
		SourceAd ad = convert("nav-pam-ad-ad_1.json");

		assertThat(ad.active()).isFalse();
		assertThat(ad.descriptionHtml()).startsWith("<p>For snarlig ansettelse");
	}

	@Test
	void internalLocationsHaveMunicipalityCodeAndCoordinates() {
		SourceAd ad = convert("nav-pam-ad-ad_1.json");

		assertThat(ad.places()).singleElement().satisfies((place) -> {
			assertThat(place.municipalityCode()).isEqualTo("0301");
			assertThat(place.coordinates()).isEqualTo(new Coordinates(59.905067443847656, 10.784148216247559));
		});
	}

	@Test
	void searchHitIsUnwrapped() {
		RawPosting hit = RawPosting.of(SourceFormat.NAV_INTERNAL_AD, "x",
				"{\"_id\": \"x\", \"_source\": {\"uuid\": \"x\", \"title\": \"Fysioterapeut\", \"status\": \"ACTIVE\"}}",
				Golden.FETCHED_AT);

		assertThat(this.converter.convert(hit)).isInstanceOfSatisfying(Conversion.Converted.class,
				(converted) -> assertThat(converted.ad().title()).isEqualTo("Fysioterapeut"));
	}

	private SourceAd convert(String fixture) {
		Conversion conversion = this.converter
			.convert(Golden.posting(SourceFormat.NAV_INTERNAL_AD, "norway", fixture, "uuid"));
		assertThat(conversion).isInstanceOf(Conversion.Converted.class);
		return ((Conversion.Converted) conversion).ad();
	}

}
