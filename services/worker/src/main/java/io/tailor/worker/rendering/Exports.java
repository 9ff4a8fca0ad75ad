package io.tailor.worker.rendering;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import io.tailor.jobs.job.ResumeFormat;
import io.tailor.worker.extraction.TextExtractor;
import io.tailor.worker.extraction.UnparseableFileException;
import io.tailor.worker.tailoring.MarkdownText;

/**
 * Renders a tailored résumé as DOCX, PDF and Markdown and reads each back with the
 * project's own extractor: every line's words must come back in order. A PDF whose
 * entries do not read back with their dates set right is laid out again with the dates
 * inline; an export that still lacks a line is marked as failing the round trip. The DOCX
 * is set in the type scale the PDF chose, so that both take the same pages.
 */
public class Exports {

	private final TextExtractor extractor;

	public Exports(TextExtractor extractor) {
		this.extractor = extractor;
	}

	public List<Export> render(String markdown) {
		return render(markdown, false);
	}

	/** A letter's exports: the same checks, a space between its paragraphs. */
	public List<Export> renderLetter(String markdown) {
		return render(markdown, true);
	}

	private List<Export> render(String markdown, boolean letter) {
		PdfRenderer.Layout layout = letter ? PdfRenderer.renderLetter(markdown) : PdfRenderer.render(markdown);
		Export pdf = pdf(markdown, layout);
		if (!pdf.roundTrip()) {
			layout = PdfRenderer.renderDatesInline(markdown);
			pdf = pdf(markdown, layout);
		}
		byte[] docx = letter ? DocxRenderer.renderLetter(markdown, layout.scale())
				: DocxRenderer.render(markdown, layout.scale());
		byte[] md = MarkdownRenderer.render(markdown);
		return List.of(
				new Export("docx", ResumeFormat.DOCX.mediaType(), docx, roundTrip(markdown, docx, ResumeFormat.DOCX)),
				pdf, new Export("markdown", "text/markdown;charset=UTF-8", md,
						roundTrip(markdown, md, ResumeFormat.MARKDOWN)));
	}

	/** The pages the PDF export of this Markdown fills at full size. */
	public int pages(String markdown) {
		return PdfRenderer.pages(markdown);
	}

	private Export pdf(String markdown, PdfRenderer.Layout layout) {
		byte[] pdf = layout.pdf();
		return new Export("pdf", ResumeFormat.PDF.mediaType(), pdf, roundTrip(markdown, pdf, ResumeFormat.PDF));
	}

	private boolean roundTrip(String markdown, byte[] file, ResumeFormat format) {
		List<String> read;
		try {
			read = words(this.extractor.extract(file, format));
		}
		catch (UnparseableFileException ex) {
			return false;
		}
		return markdown.lines()
			.filter((l) -> !l.isBlank())
			.map((l) -> words(ResumeModel.plain(MarkdownText.content(l))))
			.allMatch((line) -> line.isEmpty() || Collections.indexOfSubList(read, line) >= 0);
	}

	private static List<String> words(String text) {
		return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter((w) -> !w.isEmpty())
			.toList();
	}

}
