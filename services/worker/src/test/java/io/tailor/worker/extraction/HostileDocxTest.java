package io.tailor.worker.extraction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.tailor.jobs.job.FailureReason;
import io.tailor.jobs.job.ResumeFormat;
import io.tailor.worker.testing.Cost;
import io.tailor.worker.testing.HostileFiles;
import io.tailor.worker.testing.LocalListener;
import io.tailor.worker.testing.ResumeDocuments;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.tailor.worker.testing.HostileFiles.DOCUMENT_END;
import static io.tailor.worker.testing.HostileFiles.DOCUMENT_START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reliability cases B1, B2, B3 and B7: hostile DOCX files are refused as unparseable,
 * quickly, without inflating, expanding or fetching anything, and the extractor goes on
 * working.
 */
class HostileDocxTest {

	private static final List<String> LINES = List.of("Ada Example", "Senior Engineer, Northwind");

	private final TextExtractor extractor = new TextExtractor();

	@BeforeEach
	void warmUp() {
		this.extractor.extract(ResumeDocuments.docx(LINES), ResumeFormat.DOCX);
	}

	@Test
	void aZipBombIsRefusedBeforeItInflates() {
		byte[] bomb = HostileFiles.docxBomb(64L << 20);
		assertThat(bomb.length).isLessThan(100_000);
		Cost cost = Cost.of(() -> assertRefused(bomb, "unzips to more than 16 MB"));
		assertThat(cost.millis()).isLessThan(1000);
		assertThat(cost.allocatedBytes()).isLessThan(8L << 20);
	}

	@Test
	void aPartInflatingAHundredfoldIsRefusedByPoiWithinTheBudget() {
		byte[] bomb = HostileFiles.docxBomb(8L << 20);
		Cost cost = Cost.of(() -> assertThat(assertRefused(bomb, "not a readable DOCX")).rootCause()
			.hasMessageContaining("Zip bomb detected"));
		assertThat(cost.millis()).isLessThan(1000);
		assertThat(cost.allocatedBytes()).isLessThan(8L << 20);
	}

	@Test
	void moreThanFiveHundredPartsAreRefused() {
		assertThat(assertRefused(HostileFiles.docxWithParts(500), "not a readable DOCX")).rootCause()
			.hasMessageContaining("MAX_FILE_COUNT");
	}

	@Test
	void twoPartsOfTheSameNameAreRefused() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> part : HostileFiles.resumeParts().entrySet()) {
				zip.putArchiveEntry(new ZipArchiveEntry(part.getKey()));
				zip.write(part.getValue());
				zip.closeArchiveEntry();
			}
			zip.putArchiveEntry(new ZipArchiveEntry("word/document.xml"));
			zip.write((DOCUMENT_START + "<w:p><w:r><w:t>Injected</w:t></w:r></w:p>" + DOCUMENT_END)
				.getBytes(StandardCharsets.UTF_8));
			zip.closeArchiveEntry();
		}
		assertThat(assertRefused(bytes.toByteArray(), "not a readable DOCX")).rootCause()
			.hasMessageContaining("more than 1 entry with the name word/document.xml");
	}

	@Test
	void billionLaughsIsRefusedWithinASecond() {
		StringBuilder entities = new StringBuilder("<!ENTITY l0 \"lol\">");
		for (int level = 1; level <= 10; level++) {
			entities.append("<!ENTITY l")
				.append(level)
				.append(" \"")
				.append(("&l" + (level - 1) + ";").repeat(10))
				.append("\">");
		}
		String xml = DOCUMENT_START.replace("?>", "?><!DOCTYPE w:document [" + entities + "]>")
				+ "<w:p><w:r><w:t>&l10;</w:t></w:r></w:p>" + DOCUMENT_END;
		Cost cost = Cost
			.of(() -> assertRefused(HostileFiles.docxWith("word/document.xml", xml), "not a readable DOCX"));
		assertThat(cost.millis()).isLessThan(1000);
	}

	@Test
	void externalEntitiesAndDtdsAreNeitherReadNorFetched() {
		Map<String, byte[]> resume = HostileFiles.resumeParts();
		try (LocalListener listener = new LocalListener()) {
			List<String> doctypes = List.of(
					"<!DOCTYPE r [<!ENTITY file SYSTEM \"file:///etc/passwd\"><!ENTITY web SYSTEM \""
							+ listener.url("/general") + "\">]>",
					"<!DOCTYPE r [<!ENTITY % remote SYSTEM \"" + listener.url("/parameter") + "\"> %remote;]>",
					"<!DOCTYPE r SYSTEM \"" + listener.url("/external-subset") + "\">");
			for (String doctype : doctypes) {
				String use = doctype.contains("ENTITY file") ? "&file;&web;" : "";
				String document = DOCUMENT_START.replace("?>", "?>" + doctype) + "<w:p><w:r><w:t>Ada " + use
						+ "</w:t></w:r></w:p>" + DOCUMENT_END;
				assertNothingLeaks(HostileFiles.docxWith("word/document.xml", document));
				for (String part : List.of("[Content_Types].xml", "docProps/core.xml")) {
					String xml = new String(resume.get(part), StandardCharsets.UTF_8);
					assertNothingLeaks(HostileFiles.docxWith(part, xml.replace("?>", "?>" + doctype)));
				}
			}
			assertThat(listener.hits()).isEmpty();
		}
	}

	/**
	 * The JDK's XML parser refuses elements nested deeper than 100 before POI builds a
	 * table in a table; a deeper recursion would overflow the extraction thread's stack
	 * ({@link ExtractionThreadTest}).
	 */
	@Test
	void tablesNestedTenThousandDeepAreRefusedAndTheExtractorGoesOn() {
		byte[] nested = HostileFiles.docxStored("word/document.xml", HostileFiles.nestedTables(10_000));
		Cost cost = Cost.of(() -> assertThat(assertRefused(nested, "")).rootCause()
			.hasMessageContaining("jdk.xml.maxElementDepth"));
		assertThat(cost.millis()).isLessThan(2000);
		assertThat(this.extractor.extract(ResumeDocuments.docx(LINES), ResumeFormat.DOCX))
			.isEqualTo(String.join("\n", LINES));
	}

	@Test
	void tablesNestedAFewDeepAreRead() {
		String xml = HostileFiles.nestedTables(20).replace("<w:p/>", "<w:p><w:r><w:t>Java</w:t></w:r></w:p>");
		assertThat(this.extractor.extract(HostileFiles.docxStored("word/document.xml", xml), ResumeFormat.DOCX))
			.contains("Java");
	}

	private void assertNothingLeaks(byte[] docx) {
		try {
			assertThat(this.extractor.extract(docx, ResumeFormat.DOCX)).doesNotContain("root:", "LEAKED");
		}
		catch (UnparseableFileException ex) {
			assertThat(ex.reason()).isEqualTo(FailureReason.UNPARSEABLE_FILE);
		}
	}

	private UnparseableFileException assertRefused(byte[] docx, String message) {
		UnparseableFileException[] thrown = new UnparseableFileException[1];
		assertThatExceptionOfType(UnparseableFileException.class)
			.isThrownBy(() -> this.extractor.extract(docx, ResumeFormat.DOCX))
			.withMessageContaining(message)
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(FailureReason.UNPARSEABLE_FILE))
			.satisfies((ex) -> thrown[0] = ex);
		return thrown[0];
	}

}
