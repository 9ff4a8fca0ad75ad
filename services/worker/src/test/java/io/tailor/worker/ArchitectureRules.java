package io.tailor.worker;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The worker's boundary rules, shared by {@code ArchitectureTest} and the
 * planted-violation tests.
 */
public final class ArchitectureRules {

	private ArchitectureRules() {
	}

	/** langchain4j, resilience4j and the Azure SDK stay in the llm package. */
	public static ArchRule llmLibraries() {
		return noClasses().that()
			.resideOutsideOfPackage("..worker.llm..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.langchain4j..", "io.github.resilience4j..", "com.azure..");
	}

	/** JDBC stays in the Jdbc* adapters, the token budget and the configuration. */
	public static ArchRule jdbc() {
		return noClasses().that()
			.haveSimpleNameNotStartingWith("Jdbc")
			.and()
			.doNotHaveSimpleName("TokenBudget")
			.and()
			.resideOutsideOfPackage("..worker.system..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.jdbc..", "java.sql..");
	}

}
