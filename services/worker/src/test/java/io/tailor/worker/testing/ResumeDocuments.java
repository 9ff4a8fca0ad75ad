package io.tailor.worker.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
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

	/** Text placed at a point of one A4 page: x from the left, y from the top. */
	public record Placed(float x, float y, String text) {
	}

	/** One A4 page with each text where it is placed, in Helvetica 10 pt. */
	public static byte[] pdfPlaced(List<Placed> texts) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				for (Placed placed : texts) {
					content.beginText();
					content.setFont(font, 10);
					content.newLineAtOffset(placed.x(), PDRectangle.A4.getHeight() - placed.y());
					content.showText(winAnsi(placed.text()));
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

	/**
	 * A two-column page: the header lines across the top, then the left and the right
	 * column side by side on the same baselines, as résumé templates lay them out.
	 */
	public static byte[] pdfTwoColumns(List<String> header, List<String> left, List<String> right) {
		List<Placed> placed = new ArrayList<>();
		float y = 50;
		for (String line : header) {
			placed.add(new Placed(50, y, line));
			y += LEADING;
		}
		y += LEADING;
		for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
			if (i < left.size()) {
				placed.add(new Placed(50, y + i * LEADING, left.get(i)));
			}
			if (i < right.size()) {
				placed.add(new Placed(230, y + i * LEADING, right.get(i)));
			}
		}
		return pdfPlaced(placed);
	}

	/**
	 * A PDF page that is one picture with lines drawn on it and no text layer, as a
	 * scanner or a phone camera gives.
	 */
	public static byte[] pdfScan() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			BufferedImage image = new BufferedImage(595, 842, BufferedImage.TYPE_BYTE_GRAY);
			Graphics2D graphics = image.createGraphics();
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, 595, 842);
			graphics.setColor(Color.BLACK);
			for (int y = 60; y < 800; y += 14) {
				graphics.fillRect(50, y, 300 + (y % 200), 6);
			}
			graphics.dispose();
			PDImageXObject picture = LosslessFactory.createFromImage(document, image);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.drawImage(picture, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
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
