package io.tailor.worker.planted;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.tailor.worker.ArchitectureRules;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The boundary rules fail on a planted violation of each. */
class BoundaryRulesTest {

	@Test
	void langchainOutsideTheLlmPackageIsCaught() {
		JavaClasses planted = new ClassFileImporter().importClasses(PlantedViolations.ModelOutsideLlm.class);
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> ArchitectureRules.llmLibraries().check(planted))
			.withMessageContaining("dev.langchain4j");
	}

	@Test
	void jdbcOutsideTheAdaptersIsCaught() {
		JavaClasses planted = new ClassFileImporter().importClasses(PlantedViolations.SqlOutsideAdapters.class);
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> ArchitectureRules.jdbc().check(planted))
			.withMessageContaining("JdbcClient");
	}

	@Test
	void azureOutsideItsAdaptersIsCaught() {
		JavaClasses planted = new ClassFileImporter().importClasses(PlantedViolations.AzureOutsideItsAdapters.class);
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> ArchitectureRules.azureSdk().check(planted))
			.withMessageContaining("com.azure.core.http.HttpClient");
	}

}
