package io.tailor.jobs;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "io.tailor.jobs", importOptions = ImportOption.DoNotIncludeTests.class)
public class ArchitectureTest {

	@ArchTest
	static final ArchRule noCycles = slices().matching("io.tailor.jobs.(*)..").should().beFreeOfCycles();

	@ArchTest
	static final ArchRule jobModelKnowsNoAdapters = noClasses().that()
		.resideInAPackage("..jobs.job..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("com.azure..", "..jobs.queue..", "..jobs.blob..", "..jobs.config..", "..jobs.outbox..");

	@ArchTest
	static final ArchRule portsKnowNoAzure = noClasses().that()
		.haveSimpleNameNotStartingWith("Azure")
		.and()
		.haveSimpleNameNotStartingWith("ServiceBus")
		.and()
		.resideInAnyPackage("..jobs.queue..", "..jobs.blob..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("com.azure..");

	@ArchTest
	public static final ArchRule onlyRepositoriesAndAdaptersKnowJdbc = noClasses().that()
		.haveSimpleNameNotEndingWith("Repository")
		.and()
		.haveSimpleNameNotStartingWith("Postgres")
		.and()
		.doNotHaveSimpleName("Outbox")
		.and()
		.resideOutsideOfPackage("..jobs.config..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.jdbc..", "java.sql..");

	@ArchTest
	static final ArchRule onlyTheAzureAdaptersKnowTheAzureSdk = noClasses().that()
		.haveSimpleNameNotStartingWith("Azure")
		.and()
		.haveSimpleNameNotStartingWith("ServiceBus")
		.and()
		.resideOutsideOfPackage("..jobs.config..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("com.azure..");

}
