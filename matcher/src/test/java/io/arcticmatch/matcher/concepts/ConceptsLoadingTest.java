package io.arcticmatch.matcher.concepts;

import java.io.StringReader;

import io.arcticmatch.matcher.concepts.core.ConceptData;
import io.arcticmatch.matcher.concepts.core.EscoMappingTable;
import io.arcticmatch.matcher.concepts.skill.SkillsLoader;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class ConceptsLoadingTest {

	@Test
	void theSwedishSkillsTableIsReadDespiteItsQuoting() {
		EscoMappingTable table = EscoMappingTable.parse(ConceptData.classpath().text(SkillsLoader.SE_MAPPING));
		assertThat(table.rows()).hasSizeGreaterThan(20_000);
		assertThat(table.repaired()).isBetween(1, 10);
		assertThat(table.rows()).anySatisfy((row) -> {
			assertThat(row.sourceLabel()).isEqualTo("ABAP");
			assertThat(row.targetLabel()).isEqualTo("Abap, programmeringsspråk");
			assertThat(row.relation()).isEqualTo("skos:exactMatch");
		});
		assertThat(table.rows()).allSatisfy((row) -> assertThat(row.sourceLabel()).doesNotContain("\""));
	}

	@Test
	void mappingTableMetadataLinesAreSkipped() {
		String text = "Mapping project name,ESCO - NO NOC\r\n\r\nClassification 1 URI,Classification 1 PrefLabel,x,"
				+ "Classification 2 URI,y,z,Mapping relation,Editorial note\r\n"
				+ "http://data.europa.eu/esco/occupation/abc,sykepleier,,"
				+ "http://data.europa.eu/esco/concept/norwegian-occupations/2223,Sykepleiere,,skos:closeMatch,\r\n";
		EscoMappingTable table = EscoMappingTable.parse(text);
		assertThat(table.rows()).singleElement().satisfies((row) -> {
			assertThat(row.targetId()).isEqualTo("2223");
			assertThat(row.isMapping()).isTrue();
		});
	}

	@Test
	void loadsFromAnyDataSourceAndTellsItsLoadTime() {
		Concepts concepts = TestConcepts.get();
		assertThat(concepts.loadTime()).isPositive();
		assertThat(concepts.occupations().all()).hasSizeGreaterThan(3500);
		assertThat(concepts.places().municipalities()).hasSize(669);
	}

	@Test
	void everyConceptIsFoundAgainByItsId() {
		Concepts concepts = TestConcepts.get();
		for (String query : new String[] { "sykepleier", "svetsning", "Narvik", "nordsamisk", "C1E", "Nursing" }) {
			concepts.typeahead()
				.suggest(query, 5)
				.forEach((suggestion) -> assertThat(concepts.byId(suggestion.concept().id()))
					.contains(suggestion.concept()));
		}
		assertThat(concepts.byId("isco08:2221")).isPresent();
		assertThat(concepts.byId("place:FI:851")).isPresent();
		assertThat(concepts.byId("place:NO:region:18")).isPresent();
		assertThat(concepts.byId("nonsense")).isEmpty();
	}

	@Test
	void missingDataFailsLoudly() {
		ConceptData empty = (name) -> new StringReader("");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConceptsLoader.load(empty))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void springConfigurationExposesTheConcepts() {
		new ApplicationContextRunner().withUserConfiguration(ConceptsConfiguration.class)
			.run((context) -> assertThat(context).hasSingleBean(Concepts.class));
	}

}
