package io.tailor.api.job;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.tailor.jobs.job.ResumeFormat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResumeTypeDetectorTest {

	@Test
	void pdfBySignature() {
		assertThat(ResumeTypeDetector.detect("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)))
			.contains(ResumeFormat.PDF);
	}

	@Test
	void docxIsAZipWithAWordDocument() throws IOException {
		assertThat(ResumeTypeDetector.detect(zip("word/document.xml"))).contains(ResumeFormat.DOCX);
	}

	@Test
	void otherZipsAreRefused() throws IOException {
		assertThat(ResumeTypeDetector.detect(zip("xl/workbook.xml"))).isEmpty();
		assertThat(ResumeTypeDetector.detect(new byte[] { 'P', 'K', 3, 4, 0, 0 })).isEmpty();
	}

	@Test
	void markdownAndTextByContent() {
		assertThat(ResumeTypeDetector.detect(utf8("# Ada\n- Java"))).contains(ResumeFormat.MARKDOWN);
		assertThat(ResumeTypeDetector.detect(utf8("Ada Lovelace\nAnalyst, 1843"))).contains(ResumeFormat.TEXT);
	}

	@Test
	void binaryAndBrokenTextAreRefused() {
		assertThat(ResumeTypeDetector.detect(new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10 })).isEmpty();
		assertThat(ResumeTypeDetector.detect(new byte[] { 'a', (byte) 0xC3 })).isEmpty();
		assertThat(ResumeTypeDetector.detect(utf8("MZ\u0000\u0001 executable"))).isEmpty();
		assertThat(ResumeTypeDetector.detect(utf8("   \n  "))).isEmpty();
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void aDocxIsKnownByItsCentralDirectoryWithoutInflatingAnyEntry() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("customXml/zeros.bin"));
			zip.write(new byte[1 << 20]);
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write(utf8("<w:document/>"));
		}
		byte[] docx = bytes.toByteArray();
		for (int i = 60; i < 400; i++) {
			docx[i] = (byte) 0xFF;
		}
		assertThat(ResumeTypeDetector.detect(docx)).contains(ResumeFormat.DOCX);
		assertThat(ZipDirectory.names(new byte[] { 'P', 'K', 5, 6 })).isEmpty();
	}

	@Test
	void aRefusedFileIsToldWhatItIsAndWhatToDo() throws IOException {
		assertThat(ResumeTypeDetector.refusal(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }))
			.contains("JPEG image, whatever its name says");
		assertThat(ResumeTypeDetector
			.refusal(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1 }))
			.contains("Word 97–2003 document (.doc)")
			.contains("save it as .docx");
		assertThat(ResumeTypeDetector.refusal(zip("content.xml"))).contains("OpenDocument file (.odt)");
		assertThat(ResumeTypeDetector.refusal(new byte[] { 'M', 'Z', 0, 1 })).contains("none of these");
	}

	private static byte[] zip(String entry) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(utf8("<Types/>"));
			zip.putNextEntry(new ZipEntry(entry));
			zip.write(utf8("<x/>"));
		}
		return bytes.toByteArray();
	}

}
