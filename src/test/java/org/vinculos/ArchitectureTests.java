package org.vinculos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

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
	void neitherControllersNorEnumsHoldCypher() throws IOException {
		Pattern cypher = Pattern.compile("\\b(MATCH|MERGE|CREATE|UNWIND|DETACH DELETE) [($]");
		List<String> holding = new ArrayList<>();
		for (JavaClass type : MAIN) {
			boolean controller = type.isAnnotatedWith(Controller.class) || type.isAnnotatedWith(RestController.class);
			if ((controller || type.isEnum()) && type.getEnclosingClass().isEmpty()) {
				Path source = Path.of("src/main/java", type.getName().replace('.', '/') + ".java");
				if (cypher.matcher(Files.readString(source)).find()) {
					holding.add(type.getName());
				}
			}
		}
		assertThat(holding).as("Cypher lives in repositories and writers").isEmpty();
	}

	@Test
	void featurePackagesDependOnEachOtherWithoutCycles() {
		slices().matching("org.vinculos.(*)..").should().beFreeOfCycles().check(MAIN);
	}

	@Test
	void everyPackageIsNullMarkedSoThatNullAwayChecksIt() {
		JavaPackage root = MAIN.getPackage("org.vinculos");
		List<String> unmarked = new ArrayList<>();
		for (JavaPackage javaPackage : Stream.concat(Stream.of(root), root.getSubpackagesInTree().stream()).toList()) {
			if (!javaPackage.getClasses().isEmpty() && !javaPackage.isAnnotatedWith(NullMarked.class)) {
				unmarked.add(javaPackage.getName());
			}
		}
		assertThat(unmarked).as("NullAway checks the @NullMarked packages only").isEmpty();
	}

	@Test
	void nothingDependsOnTheApplicationClass() {
		noClasses().that().doNotHaveFullyQualifiedName(VinculosApplication.class.getName())
			.should().dependOnClassesThat().areAssignableTo(VinculosApplication.class)
			.because("the application starts the features; a feature that needs it closes a cycle through the root")
			.check(MAIN);
	}

}
