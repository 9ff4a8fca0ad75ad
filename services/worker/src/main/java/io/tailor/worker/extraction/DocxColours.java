package io.tailor.worker.extraction;

import java.util.Map;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHighlight;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;

/** DOCX colours as 0–1 RGB components; null where nothing is painted ("auto", none). */
final class DocxColours {

	private static final Map<String, String> HIGHLIGHTS = Map.ofEntries(Map.entry("black", "000000"),
			Map.entry("blue", "0000FF"), Map.entry("cyan", "00FFFF"), Map.entry("green", "00FF00"),
			Map.entry("magenta", "FF00FF"), Map.entry("red", "FF0000"), Map.entry("yellow", "FFFF00"),
			Map.entry("white", "FFFFFF"), Map.entry("darkBlue", "000080"), Map.entry("darkCyan", "008080"),
			Map.entry("darkGreen", "008000"), Map.entry("darkMagenta", "800080"), Map.entry("darkRed", "800000"),
			Map.entry("darkYellow", "808000"), Map.entry("darkGray", "808080"), Map.entry("lightGray", "C0C0C0"));

	private DocxColours() {
	}

	/** The colour a shading paints: its pattern colour when solid, else its fill. */
	static float[] shading(CTShd shading) {
		if (shading == null || STShd.NIL.equals(shading.getVal())) {
			return null;
		}
		float[] solid = STShd.SOLID.equals(shading.getVal()) ? rgb(shading.getColor()) : null;
		return (solid != null) ? solid : rgb(shading.getFill());
	}

	static float[] highlight(CTHighlight highlight) {
		String hex = (highlight != null && highlight.getVal() != null) ? HIGHLIGHTS.get(highlight.getVal().toString())
				: null;
		return (hex != null) ? rgb(hex) : null;
	}

	static double luminance(float[] rgb) {
		return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
	}

	/** A colour value's components, or null for "auto" and anything else. */
	static float[] rgb(Object value) {
		String hex = (value instanceof byte[] bytes) ? hex(bytes) : String.valueOf(value);
		if (!hex.matches("[0-9A-Fa-f]{6}")) {
			return null;
		}
		return new float[] { Integer.parseInt(hex.substring(0, 2), 16) / 255f,
				Integer.parseInt(hex.substring(2, 4), 16) / 255f, Integer.parseInt(hex.substring(4, 6), 16) / 255f };
	}

	private static String hex(byte[] bytes) {
		StringBuilder out = new StringBuilder();
		for (byte b : bytes) {
			out.append(String.format("%02X", b & 0xFF));
		}
		return out.toString();
	}

}
