package io.tailor.api.job;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {

	@Test
	void keepsOnlyTheLastPathPart() {
		assertThat(FileNames.sanitize("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileNames.sanitize("C:\\Users\\ada\\cv.pdf")).isEqualTo("cv.pdf");
	}

	@Test
	void dropsControlAndFormatCharacters() {
		assertThat(FileNames.sanitize("résumé.pdf%00.sh")).isEqualTo("résumé.pdf00.sh");
		assertThat(FileNames.sanitize("cv\u0000\u200b.pdf")).isEqualTo("cv.pdf");
	}

	@Test
	void capsTheLength() {
		assertThat(FileNames.sanitize("a".repeat(300) + ".pdf")).hasSize(120);
	}

	@Test
	void emptyNamesBecomeNone() {
		assertThat(FileNames.sanitize("...")).isNull();
		assertThat(FileNames.sanitize(null)).isNull();
	}

}
