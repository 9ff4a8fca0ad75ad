package io.tailor.jobs.planted;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.tailor.jobs.ArchitectureTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The JDBC boundary rule fails on a planted violation. */
class BoundaryRulesTest {

	@Test
	void jdbcOutsideTheRepositoriesAndAdaptersIsCaught() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> ArchitectureTest.onlyThePostgresAdaptersKnowJdbc
				.check(new ClassFileImporter().importClasses(PlantedJobModel.class)))
			.withMessageContaining("JdbcClient");
	}

}
