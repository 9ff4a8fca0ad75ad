package io.tailor.worker.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Builds real PDF and DOCX files from lines of text, for tests and samples. */
public final class ResumeDocuments {

	private static final float LEADING = 13f;

	private ResumeDocuments() {
	}

	/** A PDF with one text line per line, as many pages as needed, in Helvetica 10 pt. */
	public static byte[] pdf(List<String> lines) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			int perPage = (int) ((PDRectangle.A4.getHeight() - 100) / LEADING);
			for (int from = 0; from < lines.size(); from += perPage) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(font, 10);
					content.setLeading(LEADING);
					content.newLineAtOffset(50, PDRectangle.A4.getHeight() - 50);
					for (String line : lines.subList(from, Math.min(lines.size(), from + perPage))) {
						content.showText(winAnsi(line));
						content.newLine();
					}
					content.endText();
				}
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A PDF page with no text at all, as a scanned image would give. */
	public static byte[] pdfWithoutText() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage(PDRectangle.A4));
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A DOCX with "## " lines as headings, "- " lines as list paragraphs, others as text.
	 */
	public static byte[] docx(List<String> lines) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String line : lines) {
				var paragraph = document.createParagraph();
				if (line.startsWith("#")) {
					paragraph.setStyle("Heading1");
					paragraph.createRun().setText(line.replaceFirst("^#+\\s*", ""));
				}
				else {
					paragraph.createRun().setText(line.replaceFirst("^- ", "• "));
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String winAnsi(String line) {
		return line.replace('–', '-')
			.replace('—', '-')
			.replace('•', '-')
			.replaceAll("[^\\x20-\\x7E\\u00A0-\\u00FF]", "?");
	}

}
