package io.tailor.worker.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import io.tailor.worker.tailoring.MarkdownText;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Markdown lines to an A4 PDF in Helvetica, wrapped to the page. Characters Helvetica
 * cannot draw are replaced, which the round trip then reports.
 */
final class PdfRenderer {

	private static final float MARGIN = 56;

	private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

	private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

	private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

	private PdfRenderer() {
	}

	static byte[] render(String markdown) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			new Writer(document).write(markdown);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String drawable(String text) {
		StringBuilder out = new StringBuilder();
		text.codePoints().forEach((c) -> out.appendCodePoint(canDraw(c) ? c : '?'));
		return out.toString();
	}

	private static boolean canDraw(int codePoint) {
		try {
			REGULAR.encode(new String(Character.toChars(codePoint)));
			return true;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

	/** Lays lines out top to bottom, starting a new page when one is full. */
	private static final class Writer {

		private final PDDocument document;

		private PDPageContentStream page;

		private float y;

		Writer(PDDocument document) {
			this.document = document;
		}

		void write(String markdown) throws IOException {
			newPage();
			for (String line : markdown.lines().toList()) {
				if (line.isBlank()) {
					this.y -= 6;
					continue;
				}
				boolean title = line.startsWith("# ");
				boolean heading = line.startsWith("## ");
				boolean bullet = MarkdownText.isBullet(line);
				String text = drawable(MarkdownText.content(line));
				PDType1Font font = (title || heading) ? BOLD : REGULAR;
				float size = title ? 16 : (heading ? 12 : 10);
				float indent = bullet ? 12 : 0;
				List<String> wrapped = wrap(bullet ? "• " + text : text, font, size, WIDTH - indent);
				for (String part : wrapped) {
					show(part, font, size, indent);
				}
			}
			this.page.close();
		}

		private void show(String text, PDType1Font font, float size, float indent) throws IOException {
			if (this.y < MARGIN + size) {
				this.page.close();
				newPage();
			}
			this.y -= size * 1.35f;
			this.page.beginText();
			this.page.setFont(font, size);
			this.page.newLineAtOffset(MARGIN + indent, this.y);
			this.page.showText(text);
			this.page.endText();
		}

		private void newPage() throws IOException {
			PDPage next = new PDPage(PDRectangle.A4);
			this.document.addPage(next);
			this.page = new PDPageContentStream(this.document, next);
			this.y = PDRectangle.A4.getHeight() - MARGIN;
		}

		private static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
			List<String> lines = new ArrayList<>();
			StringBuilder current = new StringBuilder();
			for (String word : text.split(" ")) {
				String candidate = current.isEmpty() ? word : current + " " + word;
				if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
					lines.add(current.toString());
					current = new StringBuilder(word);
				}
				else {
					current = new StringBuilder(candidate);
				}
			}
			lines.add(current.toString());
			return lines;
		}

	}

}
