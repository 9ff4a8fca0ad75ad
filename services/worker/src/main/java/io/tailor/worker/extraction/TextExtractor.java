package io.tailor.worker.extraction;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.tailor.jobs.job.ResumeFormat;

/**
 * Turns a résumé file into text, one line per line or paragraph, in reading order,
 * without the text a human reader cannot see.
 */
public class TextExtractor {

	private final PdfText pdf = new PdfText();

	private final DocxText docx = new DocxText();

	/**
	 * @throws UnparseableFileException when the file is not readable as its format
	 */
	public String extract(byte[] content, ResumeFormat format) {
		return extractWithHidden(content, format).text();
	}

	/** The visible text, and what was hidden from a reader. */
	public Extraction extractWithHidden(byte[] content, ResumeFormat format) {
		Extraction raw = switch (format) {
			case PDF -> this.pdf.read(content);
			case DOCX -> this.docx.read(content);
			case MARKDOWN, TEXT -> new Extraction(new String(content, StandardCharsets.UTF_8), List.of());
		};
		List<String> hidden = new ArrayList<>(raw.hidden());
		String visible = HiddenText.withoutInvisible(raw.text(), hidden);
		String normalized = visible.replace("\r\n", "\n").replace('\r', '\n').strip();
		if (normalized.isEmpty()) {
			throw new UnparseableFileException("The file has no visible text", null);
		}
		return new Extraction(normalized, List.copyOf(hidden));
	}

}
