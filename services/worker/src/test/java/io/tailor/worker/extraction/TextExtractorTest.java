package io.tailor.worker.extraction;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.tailor.jobs.job.ResumeFormat;
import io.tailor.worker.testing.ResumeDocuments;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TextExtractorTest {

	private static final List<String> LINES = List.of("Ada Example", "## Experience",
			"Senior Engineer, Northwind 2020 - Present", "- Built payment APIs in Java");

	private final TextExtractor extractor = new TextExtractor();

	@Test
	void readsPdfLinesInOrder() {
		String text = this.extractor.extract(ResumeDocuments.pdf(LINES), ResumeFormat.PDF);
		assertThat(text.lines().toList()).containsExactly("Ada Example", "## Experience",
				"Senior Engineer, Northwind 2020 - Present", "- Built payment APIs in Java");
	}

	@Test
	void readsDocxHeadingsAndParagraphs() {
		String text = this.extractor.extract(ResumeDocuments.docx(LINES), ResumeFormat.DOCX);
		assertThat(text.lines().toList()).containsExactly("Ada Example", "## Experience",
				"Senior Engineer, Northwind 2020 - Present", "• Built payment APIs in Java");
	}

	@Test
	void readsTextAndMarkdownAsUtf8() {
		assertThat(this.extractor.extract("Zoë\r\nJava".getBytes(StandardCharsets.UTF_8), ResumeFormat.MARKDOWN))
			.isEqualTo("Zoë\nJava");
	}

	@Test
	void brokenFilesAreUnparseable() {
		byte[] notAPdf = "%PDF-1.7 and then nothing that a PDF needs".getBytes(StandardCharsets.US_ASCII);
		assertThatExceptionOfType(UnparseableFileException.class)
			.isThrownBy(() -> this.extractor.extract(notAPdf, ResumeFormat.PDF));
		assertThatExceptionOfType(UnparseableFileException.class)
			.isThrownBy(() -> this.extractor.extract(new byte[] { 'P', 'K', 3, 4, 1, 2 }, ResumeFormat.DOCX));
	}

	@Test
	void imageOnlyPdfIsReportedNotParsedIntoNothing() {
		assertThatExceptionOfType(UnparseableFileException.class)
			.isThrownBy(() -> this.extractor.extract(ResumeDocuments.pdfWithoutText(), ResumeFormat.PDF))
			.withMessageContaining("no text layer");
	}

}
