package org.vinculos;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the code: controllers map requests and leave the database to repositories and writers, and the
 * packages, one a feature, depend on each other without cycles.
 */
class ArchitectureTests {

	private static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.vinculos");

	@Test
	void controllersNeverTalkToTheDatabaseThemselves() {
		ArchRule rule = noClasses().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
			.should().dependOnClassesThat().resideInAnyPackage("org.neo4j..", "org.springframework.data.neo4j..")
			.orShould().dependOnClassesThat().haveFullyQualifiedName("org.vinculos.database.Reads")
			.because("Cypher lives in repositories and writers, where a request's statements can be counted and read");
		rule.check(MAIN);
	}

	@Test
	void featurePackagesDependOnEachOtherWithoutCycles() {
		slices().matching("org.vinculos.(*)..").should().beFreeOfCycles().check(MAIN);
	}

	@Test
	void nothingDependsOnTheApplicationClass() {
		noClasses().that().doNotHaveFullyQualifiedName(VinculosApplication.class.getName())
			.should().dependOnClassesThat().areAssignableTo(VinculosApplication.class)
			.because("the application starts the features; a feature that needs it closes a cycle through the root")
			.check(MAIN);
	}

}
