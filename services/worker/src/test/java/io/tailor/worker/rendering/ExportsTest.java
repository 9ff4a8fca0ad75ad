package io.tailor.worker.rendering;

import java.util.List;

import io.tailor.jobs.job.ResumeFormat;
import io.tailor.worker.extraction.TextExtractor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExportsTest {

	private static final String MARKDOWN = """
			# Zoë Example
			zoe@example.com · Rotterdam

			## Experience
			Senior Engineer, Northwind Logistics, 2020 – present
			- Designed the Kafka event backbone (38 topics, ~60M events/day) with schema registry and exactly-once consumers for billing, which is a long line that must wrap on the page.
			- Cut p95 latency by 40%
			""";

	private final TextExtractor extractor = new TextExtractor();

	@Test
	void rendersDocxAndPdfThatReadBackToEveryLine() {
		List<Export> exports = new Exports(this.extractor).render(MARKDOWN);
		assertThat(exports).extracting(Export::format).containsExactly("docx", "pdf");
		assertThat(exports).allMatch(Export::roundTrip);
		String pdfText = this.extractor.extract(exports.get(1).content(), ResumeFormat.PDF);
		assertThat(pdfText).contains("Zoë Example", "Cut p95 latency by 40%");
		String docxText = this.extractor.extract(exports.get(0).content(), ResumeFormat.DOCX);
		assertThat(docxText).contains("• Cut p95 latency by 40%");
	}

	@Test
	void aLineThePdfFontCannotDrawFailsTheRoundTripInsteadOfVanishing() {
		List<Export> exports = new Exports(this.extractor).render("# 王小明\n- Java\n");
		assertThat(exports.get(0).roundTrip()).isTrue();
		assertThat(exports.get(1).roundTrip()).isFalse();
	}

}
