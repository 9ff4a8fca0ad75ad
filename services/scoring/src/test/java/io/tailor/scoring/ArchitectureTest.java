package io.tailor.scoring;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "io.tailor.scoring", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule noCycles = slices().matching("io.tailor.scoring.(*)..").should().beFreeOfCycles();

	@ArchTest
	static final ArchRule onlyTheAdapterKnowsOnnx = noClasses().that()
		.doNotHaveSimpleName("OnnxEmbedder")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("ai.onnxruntime..", "ai.djl..");

	@ArchTest
	static final ArchRule domainIsFreeOfSpring = noClasses().that()
		.resideInAnyPackage("..scoring.skills..", "..scoring.parsing..", "..scoring.matching..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.springframework..");

}
