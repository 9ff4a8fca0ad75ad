package io.tailor.worker.rendering;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipInputStream;

import io.tailor.jobs.job.ResumeFormat;
import io.tailor.worker.extraction.TextExtractor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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

	private static final String NURSE = """
			# Marisol Okafor, RN
			## Licenses & Certifications
			- **RN license**, Ohio Board of Nursing — active
			- ACLS, BLS, CCRN
			## Experience
			ICU Staff Nurse\tRiverside Methodist Hospital\t03/2019 – Present
			- Managed CRRT and ECMO patients in a 32-bed medical ICU
			- Led a **CLABSI reduction** project: zero events in 14 months
			""";

	private final TextExtractor extractor = new TextExtractor();

	@Test
	void rendersDocxAndPdfThatReadBackToEveryLine() {
		List<Export> exports = new Exports(this.extractor).render(MARKDOWN);
		assertThat(exports).extracting(Export::format).containsExactly("docx", "pdf", "markdown");
		assertThat(exports).allMatch(Export::roundTrip);
		String pdfText = this.extractor.extract(exports.get(1).content(), ResumeFormat.PDF);
		assertThat(pdfText).contains("Zoë Example", "Cut p95 latency by 40%");
		String docxText = this.extractor.extract(exports.get(0).content(), ResumeFormat.DOCX);
		assertThat(docxText).contains("Cut p95 latency by 40%");
	}

	@Test
	void tabsBoldMarksAndBulletsBecomeLayoutNotStrayCharacters() throws IOException {
		List<Export> exports = new Exports(this.extractor).render(NURSE);
		assertThat(exports).allMatch(Export::roundTrip);
		String pdfText = this.extractor.extract(exports.get(1).content(), ResumeFormat.PDF);
		assertThat(pdfText).doesNotContain("?", "**")
			.contains("ICU Staff Nurse · Riverside Methodist Hospital\t03/2019 – Present");
		assertThat(pdfText).contains("•");
		String xml = documentXml(exports.get(0).content());
		assertThat(xml).doesNotContain("**");
		assertThat(xml).contains("<w:pStyle w:val=\"Heading1\"/>", "<w:pStyle w:val=\"Title\"/>", "<w:numPr>",
				"<w:tab w:val=\"right\"", "<w:b w:val=\"on\"/>");
		assertThat(xml).doesNotContain("<w:b w:val=\"off\"/>");
		assertThat(xml).doesNotContain("</w:pPr><w:pPr>");
		assertThat(xml).contains("03/2019 – Present");
	}

	@Test
	void theMarkdownExportKeepsEveryBlockApartAndListsAsLists() {
		String md = new String(new Exports(this.extractor).render(NURSE).get(2).content(),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(md).doesNotContain("\t")
			.contains("## Experience\n\n**ICU Staff Nurse** · Riverside Methodist Hospital · 03/2019 – Present\n\n"
					+ "- Managed CRRT and ECMO patients in a 32-bed medical ICU\n- Led a **CLABSI reduction** project");
		assertThat(md).contains("- **RN license**, Ohio Board of Nursing — active");
	}

	@Test
	void linesANarrowColumnWrappedAreJoinedBackInTheExport() {
		List<Block> blocks = ResumeModel.of("""
				## Experience
				Staff Accountant, Northstar Foods Inc.,
				2022 – Present
				- Own 40 balance-sheet reconciliations
				each month; close in 5 business days
				(was 8)
				- Built the AP aging review.
				QuickBooks Online
				""");
		assertThat(blocks).containsExactly(new Block.Heading(List.of(new Block.Inline("Experience", false))),
				new Block.Entry(List.of("Staff Accountant, Northstar Foods Inc."), "2022 – Present"),
				new Block.Bullet(List.of(new Block.Inline("Own 40 balance-sheet reconciliations", false),
						new Block.Inline(" ", false), new Block.Inline("each month; close in 5 business days", false),
						new Block.Inline(" ", false), new Block.Inline("(was 8)", false))),
				new Block.Bullet(List.of(new Block.Inline("Built the AP aging review.", false))),
				new Block.Paragraph(List.of(new Block.Inline("QuickBooks Online", false))));
	}

	@Test
	void datesOnTheLineBelowATitleGoWithIt() {
		assertThat(ResumeModel.of("## Education\nElectrical apprenticeship (4 years), IBEW Local 697 JATC\n2019"))
			.contains(new Block.Entry(List.of("Electrical apprenticeship (4 years), IBEW Local 697 JATC"), "2019"));
		assertThat(ResumeModel.of("Industrial Electrician\tKestrel Forge & Stamping\n2019 – Present")).containsExactly(
				new Block.Entry(List.of("Industrial Electrician", "Kestrel Forge & Stamping"), "2019 – Present"));
		assertThat(ResumeModel.of("Led the plant's move to a new line.\n2019")).hasSize(2);
	}

	@Test
	void aLineOpeningWithAnEmailOrALinkStandsOnItsOwn() {
		assertThat(ResumeModel.of("# Daniel Okafor-Reyes\nSenior Backend Engineer\ndaniel@example.com · Rotterdam\n"
				+ "Platform team\ngithub.com/example-dokafor"))
			.containsExactly(new Block.Title(List.of(new Block.Inline("Daniel Okafor-Reyes", false))),
					new Block.Paragraph(List.of(new Block.Inline("Senior Backend Engineer", false))),
					new Block.Paragraph(List.of(new Block.Inline("daniel@example.com · Rotterdam", false))),
					new Block.Paragraph(List.of(new Block.Inline("Platform team", false))),
					new Block.Paragraph(List.of(new Block.Inline("github.com/example-dokafor", false))));
	}

	@Test
	void aWordHyphenatedAtAColumnEdgeIsJoinedWithoutASpace() {
		assertThat(ResumeModel.of("- Prepare fixed-\nasset schedules").getFirst()).isEqualTo(new Block.Bullet(
				List.of(new Block.Inline("Prepare fixed-", false), new Block.Inline("asset schedules", false))));
	}

	@Test
	void anAffiliationSinceAYearIsNotAnEntryWithDates() {
		assertThat(ResumeModel.entry("Member of the AACN since 2018")).isNull();
		assertThat(ResumeModel.entry("Staff Nurse, Mount Carmel East, 2017 – 2019").dates()).isEqualTo("2017 – 2019");
	}

	@Test
	void aLittleMoreThanAPageIsTightenedOntoOnePage() throws IOException {
		StringBuilder markdown = new StringBuilder("# Long Example\n## Experience\n");
		for (int i = 0; i < 47; i++) {
			markdown.append("- Ran the ward's audit number ").append(i).append(" and reported it to the board\n");
		}
		byte[] pdf = new Exports(this.extractor).render(markdown.toString()).get(1).content();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
		}
	}

	@Test
	void aLineTheFontCannotDrawFailsTheRoundTripInsteadOfVanishing() {
		List<Export> exports = new Exports(this.extractor).render("# 王小明\n- Java\n");
		assertThat(exports.get(0).roundTrip()).isTrue();
		assertThat(exports.get(1).roundTrip()).isFalse();
	}

	private static String documentXml(byte[] docx) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals("word/document.xml")) {
					return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				}
			}
		}
		throw new IllegalStateException("no word/document.xml");
	}

}
