package io.tailor.worker.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The résumé's {@link Block}s on A4 pages in DejaVu Sans (embedded, subset): the name,
 * headings with a rule, entries with their dates set right, bullets with a hanging
 * indent. One column, no tables, so that applicant-tracking systems read it in order.
 * When the last page would hold only a few lines, the layout is tightened (at most twice)
 * so that the résumé keeps to the pages its content needs.
 */
final class PdfRenderer {

	private static final float MARGIN = 54;

	private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

	private static final float[] SCALES = { 1f, 0.93f, 0.86f };

	private static final float MOSTLY_EMPTY = 0.2f;

	private PdfRenderer() {
	}

	/**
	 * The PDF, at the largest of the type scales that leaves no mostly empty last page.
	 */
	static Layout render(String markdown) {
		return render(ResumeModel.of(markdown), false);
	}

	/** A letter: as a résumé, with a space before each paragraph and each list. */
	static Layout renderLetter(String markdown) {
		return render(ResumeModel.of(markdown), true);
	}

	/**
	 * How many pages the résumé fills at full size, before any tightening: the page
	 * budget leaves out bullets before it makes the type smaller.
	 */
	static int pages(String markdown) {
		return layout(ResumeModel.of(markdown), SCALES[0], false).pages();
	}

	/**
	 * The same layout with each entry's dates after its other parts, for readers that
	 * split right-set text.
	 */
	static Layout renderDatesInline(String markdown) {
		return render(ResumeModel.of(markdown).stream().map(PdfRenderer::datesInline).toList(), false);
	}

	private static Block datesInline(Block block) {
		if (block instanceof Block.Entry entry && entry.dates() != null) {
			List<String> parts = new ArrayList<>(entry.parts());
			parts.add(entry.dates());
			return new Block.Entry(parts, null);
		}
		return block;
	}

	private static Layout render(List<Block> blocks, boolean letter) {
		Layout layout = null;
		for (float scale : SCALES) {
			layout = layout(blocks, scale, letter);
			if (layout.lastPageFill() >= MOSTLY_EMPTY || layout.pages() == 1) {
				return layout;
			}
		}
		return layout;
	}

	private static Layout layout(List<Block> blocks, float scale, boolean letter) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Writer writer = new Writer(document, scale, letter);
			for (Block block : blocks) {
				writer.write(block);
			}
			float fill = writer.finish();
			document.save(out);
			return new Layout(out.toByteArray(), document.getNumberOfPages(), fill, scale);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A laid-out PDF; {@code scale} is the share of full type size it is set in. */
	record Layout(byte[] pdf, int pages, float lastPageFill, float scale) {
	}

	private static final byte[] REGULAR_TTF = ttf("DejaVuSans.ttf");

	private static final byte[] BOLD_TTF = ttf("DejaVuSans-Bold.ttf");

	/**
	 * A font file's bytes, read from its jar once; each document embeds the subset it
	 * uses.
	 */
	private static byte[] ttf(String file) {
		try (InputStream in = PdfRenderer.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/" + file)) {
			if (in == null) {
				throw new IllegalStateException("Font not on the classpath: " + file);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static PDFont font(PDDocument document, byte[] ttf) throws IOException {
		return PDType0Font.load(document, new java.io.ByteArrayInputStream(ttf), true);
	}

	private static boolean hasGlyph(PDFont font, int codePoint) {
		if (codePoint == ' ') {
			return true;
		}
		try {
			font.encode(new String(Character.toChars(codePoint)));
			return true;
		}
		catch (IOException | IllegalArgumentException | IllegalStateException ex) {
			return false;
		}
	}

	/** Lays blocks out top to bottom, starting a new page when one is full. */
	private static final class Writer {

		private final PDDocument document;

		private final float scale;

		private final PDFont regular;

		private final PDFont bold;

		private PDPageContentStream page;

		private float y;

		private final boolean letter;

		private Block previous;

		Writer(PDDocument document, float scale, boolean letter) throws IOException {
			this.document = document;
			this.scale = scale;
			this.letter = letter;
			this.regular = font(document, REGULAR_TTF);
			this.bold = font(document, BOLD_TTF);
			newPage();
		}

		void write(Block block) throws IOException {
			boolean opensList = block instanceof Block.Bullet && !(this.previous instanceof Block.Bullet);
			if (this.letter && (block instanceof Block.Paragraph || opensList)) {
				this.y -= 7 * this.scale;
			}
			this.previous = block;
			switch (block) {
				case Block.Title t -> runs(t.text(), 17, true, 0, 0, 4);
				case Block.Heading h -> heading(h.text());
				case Block.Entry e -> entry(e);
				case Block.Bullet b -> bullet(b.text());
				case Block.Paragraph p -> runs(p.text(), 10, false, 0, 0, 2);
			}
		}

		/** Closes the last page and tells how full it is, 0 to 1. */
		float finish() throws IOException {
			this.page.close();
			float top = PDRectangle.A4.getHeight() - MARGIN;
			return (top - this.y) / (top - MARGIN);
		}

		private void heading(List<Block.Inline> text) throws IOException {
			this.y -= 8 * this.scale;
			runs(text, 12, true, 0, 0, 2);
			this.page.setLineWidth(0.6f);
			this.page.moveTo(MARGIN, this.y - 2);
			this.page.lineTo(MARGIN + WIDTH, this.y - 2);
			this.page.stroke();
			this.y -= 4 * this.scale;
		}

		private void entry(Block.Entry entry) throws IOException {
			float size = 10 * this.scale;
			float datesWidth = (entry.dates() != null) ? width(this.regular, entry.dates(), size) + 12 : 0;
			List<Block.Inline> left = new ArrayList<>();
			for (int i = 0; i < entry.parts().size(); i++) {
				left.add(new Block.Inline((i == 0) ? entry.parts().get(i) : " · " + entry.parts().get(i), i == 0));
			}
			this.y -= 3 * this.scale;
			List<List<Block.Inline>> lines = wrap(left, size, WIDTH - datesWidth);
			for (int i = 0; i < lines.size(); i++) {
				advance(size);
				show(lines.get(i), size, 0);
				if (i == 0 && entry.dates() != null) {
					text(this.regular, entry.dates(), size, MARGIN + WIDTH - width(this.regular, entry.dates(), size));
				}
			}
		}

		private void bullet(List<Block.Inline> text) throws IOException {
			float size = 10 * this.scale;
			float hang = 14 * this.scale;
			List<List<Block.Inline>> lines = wrap(text, size, WIDTH - hang);
			for (int i = 0; i < lines.size(); i++) {
				advance(size);
				if (i == 0) {
					text(this.regular, "•", size, MARGIN + 4 * this.scale);
				}
				show(lines.get(i), size, hang);
			}
		}

		private void runs(List<Block.Inline> text, float points, boolean bold, float indent, float before, float after)
				throws IOException {
			float size = points * this.scale;
			List<Block.Inline> runs = bold ? text.stream().map((r) -> new Block.Inline(r.text(), true)).toList() : text;
			this.y -= before;
			for (List<Block.Inline> line : wrap(runs, size, WIDTH - indent)) {
				advance(size);
				show(line, size, indent);
			}
			this.y -= after * this.scale;
		}

		private void advance(float size) throws IOException {
			if (this.y - size * 1.3f < MARGIN) {
				this.page.close();
				newPage();
			}
			this.y -= size * 1.3f;
		}

		private void show(List<Block.Inline> line, float size, float indent) throws IOException {
			float x = MARGIN + indent;
			for (Block.Inline run : line) {
				PDFont font = run.bold() ? this.bold : this.regular;
				text(font, run.text(), size, x);
				x += width(font, run.text(), size);
			}
		}

		private void text(PDFont font, String text, float size, float x) throws IOException {
			this.page.beginText();
			this.page.setFont(font, size);
			this.page.newLineAtOffset(x, this.y);
			this.page.showText(drawableOnly(font, text));
			this.page.endText();
		}

		private List<List<Block.Inline>> wrap(List<Block.Inline> runs, float size, float width) throws IOException {
			List<List<Block.Inline>> lines = new ArrayList<>();
			List<Block.Inline> line = new ArrayList<>();
			float used = 0;
			for (Block.Inline run : runs) {
				PDFont font = run.bold() ? this.bold : this.regular;
				for (String word : run.text().split("(?<= )")) {
					float w = width(font, word, size);
					if (used + w > width && used > 0 && !word.isBlank()) {
						lines.add(line);
						line = new ArrayList<>();
						used = 0;
						word = word.stripLeading();
						w = width(font, word, size);
					}
					line.add(new Block.Inline(word, run.bold()));
					used += w;
				}
			}
			lines.add(line);
			return lines;
		}

		private static float width(PDFont font, String text, float size) throws IOException {
			return font.getStringWidth(drawableOnly(font, text)) / 1000 * size;
		}

		private static String drawableOnly(PDFont font, String text) {
			StringBuilder out = new StringBuilder();
			text.codePoints().forEach((c) -> out.appendCodePoint(hasGlyph(font, c) ? c : '\uFFFD'));
			String shown = out.toString();
			return hasGlyph(font, '\uFFFD') ? shown : shown.replace('\uFFFD', '?');
		}

		private void newPage() throws IOException {
			PDPage next = new PDPage(PDRectangle.A4);
			this.document.addPage(next);
			this.page = new PDPageContentStream(this.document, next);
			this.y = PDRectangle.A4.getHeight() - MARGIN;
		}

	}

}
