package io.tailor.worker.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * DOCX text in document order: headings as Markdown headings, list items as bullets,
 * table rows with their cells joined.
 */
class DocxText {

	String read(byte[] content) {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
			List<String> lines = new ArrayList<>();
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					lines.add(line(paragraph));
				}
				else if (element instanceof XWPFTable table) {
					table.getRows().forEach((row) -> lines.add(line(row)));
				}
			}
			return String.join("\n", lines);
		}
		catch (IOException | RuntimeException ex) {
			throw new UnparseableFileException("The file is not a readable DOCX document", ex);
		}
	}

	private static String line(XWPFParagraph paragraph) {
		String text = paragraph.getText().strip();
		if (text.isEmpty()) {
			return "";
		}
		String style = (paragraph.getStyle() != null) ? paragraph.getStyle() : "";
		if (style.startsWith("Heading") || style.equals("Title")) {
			return "## " + text;
		}
		return (paragraph.getNumID() != null) ? "- " + text : text;
	}

	private static String line(XWPFTableRow row) {
		List<String> cells = new ArrayList<>();
		for (XWPFTableCell cell : row.getTableCells()) {
			String text = cell.getText().strip();
			if (!text.isEmpty()) {
				cells.add(text);
			}
		}
		return String.join(" | ", cells);
	}

}
