package io.tailor.contract;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

@AnalyzeClasses(packages = "io.tailor.contract", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule onlyTheJdkAndJacksonsAnnotations = classes().should()
		.onlyDependOnClassesThat()
		.resideInAnyPackage("io.tailor.contract..", "java..", "com.fasterxml.jackson.annotation..")
		.because("scoring, worker and api share the contract whatever else each of them uses");

}
