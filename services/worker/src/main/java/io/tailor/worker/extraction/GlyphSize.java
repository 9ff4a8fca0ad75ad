package io.tailor.worker.extraction;

import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * How large a PDF glyph is drawn on the page: font size, horizontal scaling, text matrix
 * and transformation matrix together (the text rendering matrix), measured along the
 * baseline and across it, so neither a small font nor a matrix that shrinks or squeezes
 * normal-sized text keeps it readable. A Type 3 font's glyph space is its own, so its
 * size is the font size by the text matrix, as PDFBox measures it.
 */
final class GlyphSize {

	private GlyphSize() {
	}

	static boolean unreadable(TextPosition text) {
		if (text.getFont() instanceof PDType3Font) {
			return text.getFontSizeInPt() > 0 && text.getFontSizeInPt() < HiddenText.SMALLEST_READABLE_POINTS;
		}
		Matrix m = text.getTextMatrix();
		double width = Math.hypot(m.getValue(0, 0), m.getValue(0, 1));
		double area = Math.abs(m.getValue(0, 0) * m.getValue(1, 1) - m.getValue(0, 1) * m.getValue(1, 0));
		double height = (width > 0) ? area / width : 0;
		return height < HiddenText.SMALLEST_READABLE_POINTS
				|| width < height * HiddenText.NARROWEST_READABLE_SCALING / 100;
	}

}
