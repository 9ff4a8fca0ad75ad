package io.tailor.worker;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The worker's boundary rules, shared by {@code ArchitectureTest} and the
 * planted-violation tests.
 */
public final class ArchitectureRules {

	private static final String LLM = "io.tailor.worker.llm.";

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

	/** JDBC stays in the Jdbc* adapters and the configuration. */
	public static ArchRule jdbc() {
		return noClasses().that()
			.haveSimpleNameNotStartingWith("Jdbc")
			.and()
			.resideOutsideOfPackage("..worker.system..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.jdbc..", "java.sql..");
	}

	/**
	 * The Azure SDK stays in the classes that wrap it: the prompt shield, the model
	 * factory and the reading of Azure's Retry-After.
	 */
	public static ArchRule azureSdk() {
		return noClasses().that()
			.doNotHaveFullyQualifiedName(LLM + "ContentSafetyPromptShield")
			.and()
			.doNotHaveFullyQualifiedName(LLM + "LanguageModels")
			.and()
			.doNotHaveFullyQualifiedName(LLM + "RetryAfters")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("com.azure..");
	}

}
