package io.arcticmatch.matcher.concepts;

import io.arcticmatch.matcher.concepts.core.CodeSystem;
import io.arcticmatch.matcher.concepts.core.ConceptMatch;
import io.arcticmatch.matcher.concepts.core.ConceptMatch.UnknownCode;
import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.concepts.place.Municipality;
import io.arcticmatch.matcher.concepts.place.Place;
import io.arcticmatch.matcher.concepts.place.Places;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PlacesTest {

	private final Places places = TestConcepts.get().places();

	@Test
	void narvikIsInNordland() {
		Municipality narvik = municipality(Country.NO, "1806");
		assertThat(narvik.name()).isEqualTo("Narvik");
		assertThat(narvik.region().code()).isEqualTo("18");
		assertThat(narvik.region().label(LabelLanguage.NB)).isEqualTo("Nordland");
	}

	@Test
	void kirunaIsInNorrbotten() {
		Municipality kiruna = municipality(Country.SE, "2584");
		assertThat(kiruna.name()).isEqualTo("Kiruna");
		assertThat(kiruna.region().code()).isEqualTo("25");
		assertThat(kiruna.region().label(LabelLanguage.SV)).isEqualTo("Norrbottens län");
		assertThat(kiruna.jobTechConceptId()).isEqualTo("biN6_UiL_Qob");
	}

	@Test
	void tornioIsInLappi() {
		Municipality tornio = municipality(Country.FI, "851");
		assertThat(tornio.name()).isEqualTo("Tornio");
		assertThat(tornio.region().code()).isEqualTo("19");
		assertThat(tornio.region().label(LabelLanguage.FI)).isEqualTo("Lappi");
		assertThat(tornio.label(LabelLanguage.SV)).isEqualTo("Torneå");
	}

	@Test
	void aPre2024CodeIsRescuedByTheNameThatCameWithIt() {
		assertThat(this.places.municipality(Country.NO, "5401", "Tromsø").asOptional())
			.hasValueSatisfying((tromso) -> assertThat(tromso.code()).isEqualTo("5501"));
	}

	@Test
	void aMunicipalityWithoutCodeIsFoundByItsUpperCaseNameInThatCountry() {
		assertThat(this.places.municipality(Country.NO, null, "TROMSØ").asOptional())
			.hasValueSatisfying((tromso) -> assertThat(tromso.code()).isEqualTo("5501"));
		assertThat(this.places.municipality(Country.SE, null, "TROMSØ").isKnown()).isFalse();
		assertThat(this.places.municipality(Country.NO, null, "Nowhere at all").isKnown()).isFalse();
	}

	@Test
	void distanceNarvikKirunaIsAbout130Km() {
		double km = this.places.distanceKm(municipality(Country.NO, "1806"), municipality(Country.SE, "2584"));
		assertThat(km).isCloseTo(130, within(10.0));
	}

	@Test
	void distanceHaparandaTornioIsAFewKm() {
		assertThat(municipality(Country.SE, "2583").distanceKm(municipality(Country.FI, "851"))).isLessThan(5);
	}

	@Test
	void norwayHasThe2024NorthernCounties() {
		assertThat(this.places.region(Country.NO, "55").asOptional().orElseThrow().label(LabelLanguage.NB))
			.isEqualTo("Troms");
		assertThat(this.places.region(Country.NO, "56").asOptional().orElseThrow().label(LabelLanguage.SE))
			.isEqualTo("Finnmárku");
		assertThat(municipality(Country.NO, "5501").region().code()).isEqualTo("55");
		assertThat(this.places.region(Country.NO, "54")).isInstanceOf(UnknownCode.class);
	}

	@ParameterizedTest
	@CsvSource({ "Tromssa, NO, 5501", "Romsa, NO, 5501", "Tromsø, NO, 5501", "tromso, NO, 5501", "Giron, SE, 2584",
			"Kiiruna, SE, 2584", "Haaparanta, SE, 2583", "Torneå, FI, 851", "Tornio, FI, 851", "Gáivuotna, NO, 5540",
			"Kárášjohka, NO, 5610", "Guovdageaidnu, NO, 5612", "Mo i Rana, NO, 1833", "Kirkenes, NO, 5605",
			"Uleåborg, FI, 564", "Vardø, NO, 5634" })
	void placeNamesInAnyLanguageFindTheMunicipality(String name, Country country, String code) {
		Place place = this.places.findByName(name).get(0);
		assertThat(place).isEqualTo(municipality(country, code));
	}

	@Test
	void overtorneaIsOnBothSidesOfTheBorder() {
		assertThat(this.places.findByName("Övertorneå")).containsExactly(municipality(Country.SE, "2518"),
				municipality(Country.FI, "976"));
	}

	@Test
	void regionsAndCountriesAreFoundByName() {
		assertThat(this.places.findByName("Lappland")).first()
			.isEqualTo(this.places.region(Country.FI, "19").asOptional().orElseThrow());
		assertThat(this.places.findByName("Suomi")).first().isEqualTo(this.places.country(Country.FI));
	}

	@Test
	void leadingZerosMayBeMissing() {
		assertThat(municipality(Country.NO, "301").name()).isEqualTo("Oslo");
		assertThat(municipality(Country.FI, "47").name()).isEqualTo("Enontekiö");
	}

	@Test
	void unknownMunicipalityCodeKeepsCodeAndName() {
		assertThat(this.places.municipality(Country.NO, "5401", "Atlantis"))
			.isEqualTo(new UnknownCode<Municipality>(CodeSystem.MUNICIPALITY, "5401", "Atlantis"));
		assertThat(this.places.resolveName("Atlantis")).isInstanceOf(UnknownCode.class);
	}

	@Test
	void swedishMunicipalitiesAreFoundByJobTechId() {
		assertThat(this.places.municipalityByJobTechId("biN6_UiL_Qob", "Kiruna").asOptional())
			.contains(municipality(Country.SE, "2584"));
	}

	private Municipality municipality(Country country, String code) {
		ConceptMatch<Municipality> match = this.places.municipality(country, code);
		assertThat(match.isKnown()).as("%s %s", country, code).isTrue();
		return match.asOptional().orElseThrow();
	}

}
