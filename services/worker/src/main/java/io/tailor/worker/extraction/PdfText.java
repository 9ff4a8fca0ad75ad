package io.tailor.worker.extraction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDF text in reading order, by position on the page. Characters a reader cannot see
 * (white or near-white, smaller than 3 pt, or off the page) are left out and reported.
 */
class PdfText {

	Extraction read(byte[] content) {
		try (PDDocument document = Loader.loadPDF(content)) {
			if (document.isEncrypted()) {
				throw new UnparseableFileException("The PDF is encrypted", null);
			}
			VisibleTextStripper stripper = new VisibleTextStripper();
			stripper.setSortByPosition(true);
			String text = stripper.getText(document);
			if (text.isBlank() && document.getNumberOfPages() > 0 && stripper.hidden.isEmpty()) {
				throw new UnparseableFileException("The PDF has no text layer (an image-only scan?)", null);
			}
			return new Extraction(text, stripper.hiddenSpans());
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof UnparseableFileException unparseable) {
				throw unparseable;
			}
			throw new UnparseableFileException("The file is not a readable PDF", ex);
		}
	}

	/** Drops invisible glyphs and collects them, run by run. */
	private static final class VisibleTextStripper extends PDFTextStripper {

		private final StringBuilder hidden = new StringBuilder();

		private final List<String> spans = new ArrayList<>();

		VisibleTextStripper() {
			addOperator(new SetNonStrokingColorSpace(this));
			addOperator(new SetNonStrokingColor(this));
			addOperator(new SetNonStrokingColorN(this));
			addOperator(new SetNonStrokingDeviceGrayColor(this));
			addOperator(new SetNonStrokingDeviceRGBColor(this));
			addOperator(new SetNonStrokingDeviceCMYKColor(this));
		}

		@Override
		protected void processTextPosition(TextPosition text) {
			if (isHidden(text)) {
				this.hidden.append(text.getUnicode());
				return;
			}
			endHiddenSpan();
			super.processTextPosition(text);
		}

		private boolean isHidden(TextPosition text) {
			PDRectangle page = getCurrentPage().getMediaBox();
			boolean offPage = text.getXDirAdj() > page.getWidth() || text.getXDirAdj() + text.getWidthDirAdj() < 0
					|| text.getYDirAdj() < 0 || text.getYDirAdj() > page.getHeight() + text.getHeightDir();
			boolean tiny = text.getFontSizeInPt() > 0 && text.getFontSizeInPt() < HiddenText.SMALLEST_READABLE_POINTS;
			PDColor color = getGraphicsState().getNonStrokingColor();
			float[] components = (color != null) ? color.getComponents() : new float[0];
			return offPage || tiny || HiddenText.tooLight(components, components.length);
		}

		private void endHiddenSpan() {
			if (!this.hidden.isEmpty()) {
				String span = this.hidden.toString().strip();
				if (!span.isEmpty()) {
					this.spans.add(span);
				}
				this.hidden.setLength(0);
			}
		}

		List<String> hiddenSpans() {
			endHiddenSpan();
			return List.copyOf(this.spans);
		}

	}

}
