package io.tailor.worker.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * DOCX text in document order: headings as Markdown headings, list items as bullets,
 * table rows with their cells joined. Runs a reader cannot see (hidden, white or the
 * background's colour, smaller than 3 pt, or the colour of their highlight, shading or
 * table cell; set on the run, through its styles or the document defaults,
 * {@link DocxRunLook}), in paragraphs and table cells, are left out and reported.
 * <p>
 * A DOCX is refused before POI opens it when its parts unzip to more than the budget
 * ({@link ZipBudget}); and by POI, while it unzips, when a part inflates more than 100
 * times once past its first 100 KB, one part is larger than the budget, or the file has
 * more than 500 parts. POI refuses a DOCTYPE in any part, so entities are neither
 * expanded nor fetched, and the JDK's XML parser refuses elements nested deeper than 100
 * ({@code jdk.xml.maxElementDepth} in Java 25's {@code conf/jaxp.properties}). POI's
 * limits hold for the whole JVM and are set here only; its text size limit, which only
 * POI's own extractors check, is kept equal to ours.
 */
class DocxText {

	static {
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setGraceEntrySize(100 * 1024);
		ZipSecureFile.setMaxEntrySize(ExtractionLimits.DEFAULTS.maxDecompressedBytes());
		ZipSecureFile.setMaxFileCount(500);
		ZipSecureFile.setMaxTextSize(ExtractionLimits.DEFAULTS.maxCharacters());
	}

	private final ExtractionLimits limits;

	DocxText(ExtractionLimits limits) {
		this.limits = limits;
	}

	Extraction read(byte[] content, Deadline deadline) {
		ZipBudget.check(content, this.limits.maxDecompressedBytes(), deadline);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
			List<String> lines = new ArrayList<>();
			List<String> hidden = new ArrayList<>();
			Characters characters = new Characters(this.limits.maxCharacters(), deadline);
			DocxRunLook look = new DocxRunLook(document.getStyles());
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					lines.add(characters.count(line(paragraph, look, hidden)));
				}
				else if (element instanceof XWPFTable table) {
					table.getRows().forEach((row) -> lines.add(characters.count(line(row, look, hidden))));
				}
			}
			hidden.forEach(characters::count);
			return new Extraction(String.join("\n", lines), List.copyOf(hidden));
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof UnparseableFileException unparseable) {
				throw unparseable;
			}
			throw new UnparseableFileException("The file is not a readable DOCX document", ex);
		}
	}

	private static String line(XWPFParagraph paragraph, DocxRunLook look, List<String> hidden) {
		String text = visible(paragraph, look, hidden).strip();
		if (text.isEmpty()) {
			return "";
		}
		String style = (paragraph.getStyle() != null) ? paragraph.getStyle() : "";
		if (style.startsWith("Heading") || style.equals("Title")) {
			return "## " + text;
		}
		return (paragraph.getNumID() != null) ? "- " + text : text;
	}

	private static String visible(XWPFParagraph paragraph, DocxRunLook look, List<String> hidden) {
		StringBuilder visible = new StringBuilder();
		paragraph.getRuns().forEach((run) -> visible.append(visible(run, paragraph, look, hidden)));
		return visible.toString();
	}

	/**
	 * A cell paragraph's text as POI reads it (content controls included, deletions left
	 * out), without the runs a reader cannot see.
	 */
	private static String cellText(XWPFParagraph paragraph, DocxRunLook look, List<String> hidden) {
		StringBuilder text = new StringBuilder();
		for (IRunElement element : paragraph.getIRuns()) {
			if (element instanceof XWPFRun run && run.getCTR().sizeOfDelTextArray() == 0) {
				text.append(visible(run, paragraph, look, hidden));
			}
			else if (element instanceof XWPFSDT control) {
				text.append(control.getContent().getText());
			}
		}
		return text.toString();
	}

	/**
	 * The run's text, or nothing when it is hidden; then it is added to {@code hidden}.
	 */
	private static String visible(XWPFRun run, XWPFParagraph paragraph, DocxRunLook look, List<String> hidden) {
		String text = run.text();
		if (!look.hidden(run, paragraph)) {
			return text;
		}
		if (!text.isBlank()) {
			hidden.add(text.strip());
		}
		return "";
	}

	private static String line(XWPFTableRow row, DocxRunLook look, List<String> hidden) {
		List<String> cells = new ArrayList<>();
		for (XWPFTableCell cell : row.getTableCells()) {
			StringBuilder text = new StringBuilder();
			cell.getParagraphs().forEach((paragraph) -> text.append(cellText(paragraph, look, hidden)));
			if (!text.toString().isBlank()) {
				cells.add(text.toString().strip());
			}
		}
		return String.join(" | ", cells);
	}

}
