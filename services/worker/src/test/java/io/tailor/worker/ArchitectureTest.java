package io.tailor.worker;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "io.tailor.worker", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule noCycles = slices().matching("io.tailor.worker.(*)..").should().beFreeOfCycles();

	@ArchTest
	static final ArchRule tailoringKnowsNoTransport = noClasses().that()
		.resideInAnyPackage("..worker.tailoring..", "..worker.verification..", "..worker.extraction..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "com.azure..", "io.tailor.jobs.queue..");

	@ArchTest
	static final ArchRule onlyTheLlmPackageKnowsLangchainResilienceOrAzure = ArchitectureRules.llmLibraries();

	@ArchTest
	static final ArchRule onlyJdbcAdaptersAndConfigurationKnowJdbc = ArchitectureRules.jdbc();

	@ArchTest
	static final ArchRule onlyTheAzureAdaptersKnowTheAzureSdk = ArchitectureRules.azureSdk();

	@ArchTest
	static final ArchRule onlyExtractionAndRenderingTouchDocuments = noClasses().that()
		.resideOutsideOfPackages("..worker.extraction..", "..worker.rendering..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.apache.pdfbox..", "org.apache.poi..");

}
