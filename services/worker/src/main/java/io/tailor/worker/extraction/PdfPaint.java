package io.tailor.worker.extraction;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDPattern;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * The colours PDF text and fills are painted in: text in its rendering mode's fill
 * colour, stroke colour or both, leaving out what is all but transparent; a fill counts
 * as opaque when nearly so, blended normally and without a soft mask.
 */
final class PdfPaint {

	/** A paint at least this opaque hides what lies under it. */
	private static final double OPAQUE = 0.9;

	/** A paint less opaque than this is not seen. */
	private static final double SEEN = 0.1;

	private PdfPaint() {
	}

	/** The colours the next glyph is painted in; none when it is not painted. */
	static List<PDColor> inks(PDGraphicsState state) {
		RenderingMode mode = state.getTextState().getRenderingMode();
		PDColor fill = (mode.isFill() && state.getNonStrokeAlphaConstant() >= SEEN) ? state.getNonStrokingColor()
				: null;
		PDColor stroke = (mode.isStroke() && state.getAlphaConstant() >= SEEN) ? state.getStrokingColor() : null;
		if (fill != null && stroke != null) {
			return List.of(fill, stroke);
		}
		return (fill != null) ? List.of(fill) : (stroke != null) ? List.of(stroke) : List.of();
	}

	/** Whether a fill or an image painted now hides what is under it. */
	static boolean opaque(PDGraphicsState state) {
		BlendMode blend = state.getBlendMode();
		return state.getNonStrokeAlphaConstant() >= OPAQUE && state.getSoftMask() == null
				&& (blend == null || blend == BlendMode.NORMAL || blend == BlendMode.COMPATIBLE);
	}

	/** Too light to see on a white page. */
	static boolean light(PDColor color) {
		float[] components = (color != null) ? color.getComponents() : new float[0];
		return HiddenText.tooLight(components, components.length);
	}

	/**
	 * The colour's 0–1 RGB components, or null for a pattern or what cannot be converted.
	 */
	static float[] rgb(PDColor color) {
		if (color == null || color.getColorSpace() == null || color.getColorSpace() instanceof PDPattern) {
			return null;
		}
		try {
			int rgb = color.toRGB();
			return new float[] { ((rgb >> 16) & 0xFF) / 255f, ((rgb >> 8) & 0xFF) / 255f, (rgb & 0xFF) / 255f };
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

}
