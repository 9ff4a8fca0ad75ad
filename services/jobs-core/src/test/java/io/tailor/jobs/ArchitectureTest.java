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
		.resideInAnyPackage("com.azure..", "..jobs.queue..", "..jobs.blob..", "..jobs.config..", "..jobs.outbox..",
				"..jobs.store..");

	@ArchTest
	static final ArchRule jobModelKnowsNoJdbc = noClasses().that()
		.resideInAPackage("..jobs.job..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "javax.sql..", "org.postgresql..")
		.because("the job model states what a job is; PostgresJobRepository stores it");

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
	public static final ArchRule onlyThePostgresAdaptersKnowJdbc = noClasses().that()
		.haveSimpleNameNotStartingWith("Postgres")
		.and()
		.resideOutsideOfPackages("..jobs.outbox..", "..jobs.config..")
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
