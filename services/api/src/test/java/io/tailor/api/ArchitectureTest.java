package io.tailor.api;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "io.tailor.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule noCycles = slices().matching("io.tailor.api.(*)..").should().beFreeOfCycles();

	@ArchTest
	static final ArchRule noAdapterTechnologyInTheApi = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("com.azure..", "org.postgresql..")
		.because("the api talks to storage and queues through the jobs library's ports");

	@ArchTest
	static final ArchRule jobsDoNotKnowIdentityInternals = noClasses().that()
		.resideInAPackage("..api.job..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..api.identity..");

	@ArchTest
	static final ArchRule onlyTheProblemHandlerKnowsJdbc = noClasses().that()
		.doNotHaveSimpleName("ProblemHandler")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
		.because("the api reads and writes jobs through the jobs library's repository and outbox");

}
