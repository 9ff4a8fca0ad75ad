package io.tailor.worker.extraction;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.tailor.jobs.job.FailureReason;
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
	void controlCharactersNeverReachTheTextThatIsStored() {
		String text = new TextExtractor().extract(
				"Ada\u0000 Lovelace\u0007\nAnalyst\fEngineer\u009b\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
				io.tailor.jobs.job.ResumeFormat.TEXT);
		assertThat(text).isEqualTo("Ada Lovelace\nAnalyst\nEngineer");
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
	void aScannedPdfIsReportedAsImageOnlyNotParsedIntoNothing() {
		assertThatExceptionOfType(UnparseableFileException.class)
			.isThrownBy(() -> this.extractor.extract(ResumeDocuments.pdfScan(), ResumeFormat.PDF))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(FailureReason.IMAGE_ONLY_PDF))
			.withMessageContaining("images without a text layer");
	}

	@Test
	void aPdfWithNeitherTextNorImagesIsUnparseable() {
		assertThatExceptionOfType(UnparseableFileException.class)
			.isThrownBy(() -> this.extractor.extract(ResumeDocuments.pdfWithoutText(), ResumeFormat.PDF))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(FailureReason.UNPARSEABLE_FILE))
			.withMessageContaining("no text layer");
	}

	@Test
	void readsATwoColumnResumeMadeInLibreOfficeColumnByColumnHeaderWholeAndWrappedLinesJoined()
			throws java.io.IOException {
		byte[] pdf = java.nio.file.Files
			.readAllBytes(java.nio.file.Path.of("../../evals/samples/resumes/staff-accountant-lindqvist.pdf"));
		List<String> lines = this.extractor.extract(pdf, ResumeFormat.PDF).lines().map(String::strip).toList();
		assertThat(lines).startsWith("Karin Lindqvist",
				"Staff Accountant · Minneapolis, MN · karin.lindqvist@examplemail.com");
		assertThat(lines).containsSubsequence("Skills", "• Month-end close", "Certifications", "Education",
				"B.S. Accounting, University of Minnesota,", "2020", "Experience",
				"Staff Accountant, Northstar Foods Inc., 2022 – Present",
				"• Own 40 balance-sheet reconciliations each month; close in 5 business days (was 8)",
				"• Prepare accruals, prepaids and fixed-asset schedules under US GAAP",
				"Accounting Associate, Lakes Dental Partners, 2020 – 2022",
				"• Processed 600 vendor invoices a month in QuickBooks", "• Bank reconciliations for 6 accounts");
		assertThat(lines).noneMatch((l) -> l.contains("Skills") && l.contains("Experience"));
	}

	@Test
	void aLatexStyleEntrySetInColumnsKeepsItsPartsApartWithTabs() throws java.io.IOException {
		byte[] pdf = java.nio.file.Files
			.readAllBytes(java.nio.file.Path.of("../../evals/samples/resumes/electrician-brennan.pdf"));
		List<String> lines = this.extractor.extract(pdf, ResumeFormat.PDF).lines().map(String::strip).toList();
		assertThat(lines).contains("Industrial Electrician\tKestrel Forge & Stamping\t2019 – Present",
				"Apprentice Electrician\tIBEW Local 697\t2015 – 2019",
				"• Troubleshoot motor controls, VFDs and Allen-Bradley PLCs on 12 press lines");
	}

	@Test
	void readsATwoColumnPageHeaderThenLeftColumnThenRightColumn() {
		List<String> header = List.of("Ada Example", "ada@example.com | Berlin");
		List<String> left = List.of("Skills", "Java, Kotlin, SQL", "PostgreSQL", "Kubernetes", "Languages",
				"German, English");
		List<String> right = List.of("Experience", "Senior Engineer, Northwind 2020 - Present",
				"- Built payment APIs in Java", "- Cut p95 latency by 40%", "Engineer, Contoso 2016 - 2020",
				"- Migrated billing to PostgreSQL", "Education", "BSc Computer Science, TU Berlin 2016");
		String text = this.extractor.extract(ResumeDocuments.pdfTwoColumns(header, left, right), ResumeFormat.PDF);
		List<String> expected = new ArrayList<>(header);
		expected.addAll(left);
		expected.addAll(right);
		assertThat(text.lines().map(String::strip).toList()).containsExactlyElementsOf(expected);
	}

	@Test
	void datesPushedToTheRightMarginStayOnTheirLine() {
		List<ResumeDocuments.Placed> placed = new ArrayList<>();
		String[][] rows = { { "Senior Engineer, Northwind", "2020 - 2024" }, { "- Built payment APIs in Java", null },
				{ "- Led a team of five engineers through a migration to Kubernetes", null },
				{ "Engineer, Contoso", "2016 - 2020" }, { "- Migrated billing to PostgreSQL", null },
				{ "- Wrote the service that reconciles payments with the ledger", null },
				{ "Intern, Fabrikam", "2015 - 2016" }, { "- Tested the mobile app", null },
				{ "Analyst, Tailspin", "2014 - 2015" }, { "- Built reports", null } };
		for (int i = 0; i < rows.length; i++) {
			placed.add(new ResumeDocuments.Placed(50, 60 + 13 * i, rows[i][0]));
			if (rows[i][1] != null) {
				placed.add(new ResumeDocuments.Placed(480, 60 + 13 * i, rows[i][1]));
			}
		}
		String text = this.extractor.extract(ResumeDocuments.pdfPlaced(placed), ResumeFormat.PDF);
		assertThat(text.lines().map((l) -> l.replaceAll("\\s+", " ").strip()).toList()).startsWith(
				"Senior Engineer, Northwind 2020 - 2024", "- Built payment APIs in Java",
				"- Led a team of five engineers through a migration to Kubernetes", "Engineer, Contoso 2016 - 2020");
	}

}
