package io.arcticmatch.matcher;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTest {

	private final JavaClasses matcher = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.arcticmatch.matcher");

	@Test
	void featurePackagesAreFreeOfCycles() {
		slices().matching("io.arcticmatch.matcher.(*)..").should().beFreeOfCycles().check(this.matcher);
	}

	@Test
	void matcherKnowsNothingOfFeedsOrTheWeb() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.arcticmatch.ingest..", "io.arcticmatch.web..", "org.springframework.web..",
					"jakarta.servlet..", "org.apache.kafka..")
			.check(this.matcher);
	}

	@Test
	void thePostingModelDependsOnNoStore() {
		noClasses().that()
			.resideInAPackage("io.arcticmatch.matcher.posting..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.apache.lucene..", "org.springframework.data.elasticsearch..", "co.elastic..")
			.check(this.matcher);
	}

}
