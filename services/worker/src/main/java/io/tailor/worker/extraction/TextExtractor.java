package io.tailor.worker.extraction;

import java.nio.charset.StandardCharsets;

import io.tailor.jobs.job.ResumeFormat;

/** Turns a résumé file into text, one line per line or paragraph, in reading order. */
public class TextExtractor {

	private final PdfText pdf = new PdfText();

	private final DocxText docx = new DocxText();

	/**
	 * @throws UnparseableFileException when the file is not readable as its format
	 */
	public String extract(byte[] content, ResumeFormat format) {
		String text = switch (format) {
			case PDF -> this.pdf.read(content);
			case DOCX -> this.docx.read(content);
			case MARKDOWN, TEXT -> new String(content, StandardCharsets.UTF_8);
		};
		String normalized = text.replace("\r\n", "\n").replace('\r', '\n').strip();
		if (normalized.isEmpty()) {
			throw new UnparseableFileException("The file has no text", null);
		}
		return normalized;
	}

}
