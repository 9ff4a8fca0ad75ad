package io.tailor.scoring.matching;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DegreeLevelTest {

	@Test
	void anAssociateDegreeOrDiplomaRanksBelowABachelorsAndAboveNone() {
		assertThat(DegreeLevel.of("A.S.")).isEqualTo(DegreeLevel.of("associate degree"))
			.isEqualTo(DegreeLevel.of("A.A.S."))
			.isEqualTo(DegreeLevel.of("Diploma"))
			.isLessThan(DegreeLevel.of("bachelor"))
			.isGreaterThan(DegreeLevel.of(null));
		assertThat(DegreeLevel.of("degree")).isEqualTo(DegreeLevel.of("BSN"));
		assertThat(DegreeLevel.of("MSN")).isGreaterThan(DegreeLevel.of("BSc")).isLessThan(DegreeLevel.of("PhD"));
	}

}
