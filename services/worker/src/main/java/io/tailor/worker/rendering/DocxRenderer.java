package io.tailor.worker.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import io.tailor.worker.tailoring.MarkdownText;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Markdown lines to a DOCX: "#" lines as a title, "##" as headings, "- " as bullets. */
final class DocxRenderer {

	private DocxRenderer() {
	}

	static byte[] render(String markdown) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String line : markdown.lines().toList()) {
				if (!line.isBlank()) {
					paragraph(document, line);
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void paragraph(XWPFDocument document, String line) {
		XWPFParagraph paragraph = document.createParagraph();
		XWPFRun run = paragraph.createRun();
		String text = MarkdownText.content(line);
		if (line.startsWith("# ")) {
			run.setBold(true);
			run.setFontSize(18);
		}
		else if (line.startsWith("## ")) {
			run.setBold(true);
			run.setFontSize(13);
			paragraph.setSpacingBefore(200);
		}
		else if (MarkdownText.isBullet(line)) {
			text = "• " + text;
			paragraph.setIndentationLeft(360);
		}
		run.setText(text);
	}

}
