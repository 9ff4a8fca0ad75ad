package io.tailor.worker.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTColor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STThemeColor;

/**
 * Whether a reader can see a DOCX run, from its properties as Word resolves them: the
 * run's own, then its character style's, then its paragraph style's, each style before
 * the styles it is based on. Hidden: vanished, under 3 pt, white or the theme's
 * background colour, or a colour within a tenth of its own shading.
 */
final class DocxRunLook {

	private static final int MAX_BASED_ON = 10;

	private static final Set<STThemeColor.Enum> BACKGROUNDS = Set.of(STThemeColor.BACKGROUND_1, STThemeColor.LIGHT_1);

	private static final double SAME_SHADE = 0.1;

	/** A fill darker than this makes light text on it readable. */
	private static final double DARK = 0.5;

	private final XWPFStyles styles;

	private final Map<String, List<CTRPr>> chains = new HashMap<>();

	DocxRunLook(XWPFStyles styles) {
		this.styles = styles;
	}

	boolean hidden(XWPFRun run, XWPFParagraph paragraph) {
		List<CTRPr> chain = chain(run, paragraph);
		CTOnOff vanish = first(chain, (p) -> p.getVanishList().isEmpty() ? null : p.getVanishList().getFirst());
		Object size = first(chain, (p) -> p.getSzList().isEmpty() ? null : p.getSzList().getFirst().getVal());
		CTColor color = first(chain, (p) -> p.getColorList().isEmpty() ? null : p.getColorList().getFirst());
		CTShd shading = first(chain, (p) -> p.getShdList().isEmpty() ? null : p.getShdList().getFirst());
		float[] fill = (shading != null) ? rgb(shading.getFill()) : null;
		boolean lightOnDark = (fill != null && luminance(fill) < DARK) || onDarkParagraph(paragraph);
		return (vanish != null && on(vanish)) || (size != null && tiny(size))
				|| (color != null && light(color) && !lightOnDark) || (fill != null && sameAs(fill, color));
	}

	private List<CTRPr> chain(XWPFRun run, XWPFParagraph paragraph) {
		List<CTRPr> chain = new ArrayList<>();
		if (run.getCTR().getRPr() != null) {
			chain.add(run.getCTR().getRPr());
		}
		chain.addAll(styleChain(run.getStyle()));
		chain.addAll(styleChain(paragraph.getStyleID()));
		return chain;
	}

	/**
	 * A style's run properties and those of the styles it is based on, looked up once.
	 */
	private List<CTRPr> styleChain(String id) {
		if (id == null || id.isEmpty() || this.styles == null) {
			return List.of();
		}
		return this.chains.computeIfAbsent(id, (key) -> {
			List<CTRPr> chain = new ArrayList<>();
			String next = key;
			for (int depth = 0; next != null && !next.isEmpty() && depth < MAX_BASED_ON; depth++) {
				XWPFStyle style = this.styles.getStyle(next);
				if (style == null) {
					break;
				}
				if (style.getCTStyle().getRPr() != null) {
					chain.add(style.getCTStyle().getRPr());
				}
				next = style.getBasisStyleID();
			}
			return List.copyOf(chain);
		});
	}

	private static <T> T first(List<CTRPr> chain, Function<CTRPr, T> property) {
		for (CTRPr properties : chain) {
			T value = property.apply(properties);
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	private static boolean on(CTOnOff value) {
		Object v = value.getVal();
		return v == null || Set.of("true", "1", "on").contains(v.toString());
	}

	private static boolean tiny(Object halfPoints) {
		try {
			return Double.parseDouble(halfPoints.toString()) / 2 < HiddenText.SMALLEST_READABLE_POINTS;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	/**
	 * White, or the theme's background colour not shaded darker ("Darker 50%" is grey).
	 */
	private static boolean light(CTColor color) {
		if (color.isSetThemeColor() && BACKGROUNDS.contains(color.getThemeColor())) {
			return !color.isSetThemeShade();
		}
		float[] rgb = rgb(color.getVal());
		return rgb != null && HiddenText.tooLight(rgb, 3);
	}

	/**
	 * A colour set on the run ("auto" is drawn to contrast) within a tenth of its
	 * shading.
	 */
	private static boolean sameAs(float[] fill, CTColor color) {
		float[] text = (color != null) ? rgb(color.getVal()) : null;
		return text != null && Math.abs(luminance(fill) - luminance(text)) < SAME_SHADE;
	}

	/** Light text on a dark band of its paragraph (a name banner) is seen. */
	private static boolean onDarkParagraph(XWPFParagraph paragraph) {
		var properties = paragraph.getCTP().getPPr();
		float[] fill = (properties != null && properties.getShd() != null) ? rgb(properties.getShd().getFill()) : null;
		return fill != null && luminance(fill) < DARK;
	}

	private static double luminance(float[] rgb) {
		return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
	}

	/** A colour's 0–1 components, or null for "auto" and anything else. */
	private static float[] rgb(Object value) {
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
