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

}
