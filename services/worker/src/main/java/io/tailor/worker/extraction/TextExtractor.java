package io.tailor.worker.extraction;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.tailor.jobs.job.ResumeFormat;

/**
 * Turns a résumé file into text, one line per line or paragraph, in reading order,
 * without the text a human reader cannot see.
 * <p>
 * Files are hostile until read: a PDF or DOCX is read within {@link ExtractionLimits} on
 * a thread of its own ({@link ExtractionThread}), and a file that would take too long,
 * nest too deeply or decompress too far is refused as unparseable instead of stalling,
 * crashing or exhausting the worker. This happens in the worker's JVM, not in a forked
 * one: the budgets are checked before PDFBox or POI inflates anything large, and the time
 * limit is checked inside the parsers' loops, so a runaway parse ends itself. A forked
 * JVM with its own heap limit, killed on time-out, would also contain what these checks
 * do not see (streams PDFBox decodes while loading a file, see {@link StreamBudget}), at
 * the cost of a JVM start for every file (0.6 s measured).
 */
public class TextExtractor {

	private final ExtractionLimits limits;

	private final PdfText pdf;

	private final DocxText docx;

	public TextExtractor() {
		this(ExtractionLimits.DEFAULTS);
	}

	public TextExtractor(ExtractionLimits limits) {
		this.limits = limits;
		this.pdf = new PdfText(limits);
		this.docx = new DocxText(limits);
	}

	/**
	 * @throws UnparseableFileException when the file is not readable as its format, or
	 * not within the limits
	 */
	public String extract(byte[] content, ResumeFormat format) {
		return extractWithHidden(content, format).text();
	}

	/**
	 * C0 controls but tab and line feed, DEL and C1 controls: never part of a résumé's
	 * text (PostgreSQL refuses NUL).
	 */
	private static final java.util.regex.Pattern CONTROLS = java.util.regex.Pattern
		.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

	/**
	 * The visible text, and what was hidden from a reader; control characters removed
	 * from both (the hidden text is stored with the result).
	 */
	public Extraction extractWithHidden(byte[] content, ResumeFormat format) {
		Deadline deadline = Deadline.after(this.limits.time());
		Extraction raw = switch (format) {
			case PDF -> ExtractionThread.run(() -> this.pdf.read(content, deadline), deadline);
			case DOCX -> ExtractionThread.run(() -> this.docx.read(content, deadline), deadline);
			case MARKDOWN, TEXT -> new Extraction(new String(content, StandardCharsets.UTF_8), List.of());
		};
		List<String> hidden = new ArrayList<>(raw.hidden());
		String normalized = normalized(HiddenText.withoutInvisible(raw.text(), hidden));
		if (normalized.isEmpty()) {
			throw new UnparseableFileException("The file has no visible text", null);
		}
		return new Extraction(normalized,
				hidden.stream().map(TextExtractor::normalized).filter((h) -> !h.isEmpty()).toList());
	}

	/** Line ends as line feeds, other controls removed, stripped. */
	private static String normalized(String text) {
		return CONTROLS
			.matcher(text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n').replace('\u000B', '\n'))
			.replaceAll("")
			.strip();
	}

}
