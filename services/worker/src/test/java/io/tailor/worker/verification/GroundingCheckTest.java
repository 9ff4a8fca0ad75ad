package io.tailor.worker.verification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GroundingCheckTest {

	private static final String SOURCE = "Ada Example\nEXPERIENCE\n• Built payment APIs in Java\nSkills: Java, SQL";

	@Test
	void decorationDoesNotMatterWordsDo() {
		String tailored = "# Ada Example\n\n## EXPERIENCE\n- Built payment APIs in Java\nSkills: Java, SQL\n";
		assertThat(GroundingCheck.ungrounded(tailored, SOURCE)).isEmpty();
	}

	@Test
	void findsInventedLines() {
		String tailored = "# Ada Example\n- Built payment APIs in Java and Kotlin\n- AWS Certified Architect\n";
		assertThat(GroundingCheck.ungrounded(tailored, SOURCE))
			.containsExactly("- Built payment APIs in Java and Kotlin", "- AWS Certified Architect");
	}

	@Test
	void aHeadingThatOnlyNamesASectionStatesNothing() {
		assertThat(GroundingCheck.unsupportedClaims(
				"## Core Competencies\n## Employment History\n## Skills & Expertise", "Built payment APIs in Java"))
			.isEmpty();
		assertThat(GroundingCheck.unsupportedClaims("## Skills at Globex", "Built payment APIs in Java")).hasSize(1);
	}

}
