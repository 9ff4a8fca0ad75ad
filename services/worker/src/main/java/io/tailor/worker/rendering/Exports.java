package io.tailor.worker.rendering;

import java.util.List;

import io.tailor.jobs.job.ResumeFormat;
import io.tailor.worker.extraction.TextExtractor;
import io.tailor.worker.extraction.UnparseableFileException;
import io.tailor.worker.tailoring.MarkdownText;

/**
 * Renders a tailored résumé as DOCX and PDF and reads each back with the project's own
 * extractor: an export whose text lacks a line of the résumé is marked as failing the
 * round trip.
 */
public class Exports {

	private final TextExtractor extractor;

	public Exports(TextExtractor extractor) {
		this.extractor = extractor;
	}

	public List<Export> render(String markdown) {
		byte[] docx = DocxRenderer.render(markdown);
		byte[] pdf = PdfRenderer.render(markdown);
		return List.of(
				new Export("docx", ResumeFormat.DOCX.mediaType(), docx, roundTrip(markdown, docx, ResumeFormat.DOCX)),
				new Export("pdf", ResumeFormat.PDF.mediaType(), pdf, roundTrip(markdown, pdf, ResumeFormat.PDF)));
	}

	private boolean roundTrip(String markdown, byte[] file, ResumeFormat format) {
		String read;
		try {
			read = squash(this.extractor.extract(file, format));
		}
		catch (UnparseableFileException ex) {
			return false;
		}
		return markdown.lines()
			.filter((l) -> !l.isBlank())
			.map((l) -> squash(MarkdownText.content(l)))
			.allMatch(read::contains);
	}

	private static String squash(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

}
