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
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTColor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STThemeColor;

import static io.tailor.worker.extraction.DocxColours.luminance;
import static io.tailor.worker.extraction.DocxColours.rgb;

/**
 * Whether a reader can see a DOCX run, from its properties as Word resolves them: the
 * run's own, then its character style's, then its paragraph style's (the default one when
 * it names none), then its table's style's, then the document defaults; each style before
 * the styles it is based on. Hidden: vanished, under 3 pt, squeezed under a fifth of its
 * width (character scale), white or the theme's background colour on anything but a dark
 * background, or a colour within a tenth of its background. The background is the run's
 * highlight, else its shading, else its paragraph's, else its table cell's, else the
 * white page.
 */
final class DocxRunLook {

	private static final int MAX_BASED_ON = 10;

	private static final Set<STThemeColor.Enum> BACKGROUNDS = Set.of(STThemeColor.BACKGROUND_1, STThemeColor.LIGHT_1);

	private static final double SAME_SHADE = 0.1;

	/** A fill darker than this makes light text on it readable. */
	private static final double DARK = 0.5;

	private final XWPFStyles styles;

	private final Map<String, List<CTStyle>> chains = new HashMap<>();

	private final String defaultParagraphStyle;

	private final String defaultCharacterStyle;

	DocxRunLook(XWPFStyles styles) {
		this.styles = styles;
		this.defaultParagraphStyle = defaultStyle(STStyleType.PARAGRAPH);
		this.defaultCharacterStyle = defaultStyle(STStyleType.CHARACTER);
	}

	boolean hidden(XWPFRun run, XWPFParagraph paragraph) {
		List<CTRPr> chain = chain(run, paragraph);
		CTOnOff vanish = first(chain, (p) -> only(p.getVanishList()));
		Object size = first(chain, (p) -> p.getSzList().isEmpty() ? null : p.getSzList().getFirst().getVal());
		Object scale = first(chain, (p) -> p.getWList().isEmpty() ? null : p.getWList().getFirst().getVal());
		CTColor color = first(chain, (p) -> only(p.getColorList()));
		return (vanish != null && on(vanish))
				|| (size != null && number(size) / 2 < HiddenText.SMALLEST_READABLE_POINTS)
				|| (scale != null && number(scale) < HiddenText.NARROWEST_READABLE_SCALING)
				|| (color != null && unseen(color, background(chain, paragraph)));
	}

	private List<CTRPr> chain(XWPFRun run, XWPFParagraph paragraph) {
		List<CTStyle> styles = new ArrayList<>(styleChain(orDefault(run.getStyle(), this.defaultCharacterStyle)));
		styles.addAll(paragraphStyles(paragraph));
		if (paragraph.getBody() instanceof XWPFTableCell cell && cell.getTableRow() != null) {
			styles.addAll(styleChain(cell.getTableRow().getTable().getStyleID()));
		}
		List<CTRPr> chain = new ArrayList<>();
		if (run.getCTR().getRPr() != null) {
			chain.add(run.getCTR().getRPr());
		}
		styles.stream().filter(CTStyle::isSetRPr).forEach((style) -> chain.add(style.getRPr()));
		CTRPr defaults = documentDefaults();
		if (defaults != null) {
			chain.add(defaults);
		}
		return chain;
	}

	private List<CTStyle> paragraphStyles(XWPFParagraph paragraph) {
		return styleChain(orDefault(paragraph.getStyleID(), this.defaultParagraphStyle));
	}

	private static String orDefault(String id, String defaultId) {
		return (id == null || id.isEmpty()) ? defaultId : id;
	}

	private CTRPr documentDefaults() {
		var all = (this.styles != null) ? this.styles.getCtStyles() : null;
		if (all == null || !all.isSetDocDefaults() || !all.getDocDefaults().isSetRPrDefault()) {
			return null;
		}
		return all.getDocDefaults().getRPrDefault().getRPr();
	}

	/** The style Word applies where a paragraph or run names none ({@code w:default}). */
	private String defaultStyle(STStyleType.Enum type) {
		if (this.styles == null) {
			return null;
		}
		return this.styles.getStyles()
			.stream()
			.map(XWPFStyle::getCTStyle)
			.filter((s) -> type.equals(s.getType()) && s.getDefault() != null && on(s.getDefault()))
			.map(CTStyle::getStyleId)
			.findFirst()
			.orElse(null);
	}

	/** A style and the styles it is based on, looked up once. */
	private List<CTStyle> styleChain(String id) {
		if (id == null || id.isEmpty() || this.styles == null) {
			return List.of();
		}
		return this.chains.computeIfAbsent(id, (key) -> {
			List<CTStyle> chain = new ArrayList<>();
			String next = key;
			for (int depth = 0; next != null && !next.isEmpty() && depth < MAX_BASED_ON; depth++) {
				XWPFStyle style = this.styles.getStyle(next);
				if (style == null) {
					break;
				}
				chain.add(style.getCTStyle());
				next = style.getBasisStyleID();
			}
			return List.copyOf(chain);
		});
	}

	/**
	 * What a run is drawn on: its highlight, its shading, its paragraph's (set on it or
	 * its style), its table cell's; null for the page.
	 */
	private float[] background(List<CTRPr> chain, XWPFParagraph paragraph) {
		CTShd shading = first(chain, (p) -> only(p.getShdList()));
		float[] run = or(DocxColours.highlight(first(chain, (p) -> only(p.getHighlightList()))),
				DocxColours.shading(shading));
		return or(run, or(DocxColours.shading(paragraphShading(paragraph)), cellShading(paragraph)));
	}

	private CTShd paragraphShading(XWPFParagraph paragraph) {
		var own = paragraph.getCTP().getPPr();
		if (own != null && own.isSetShd()) {
			return own.getShd();
		}
		return paragraphStyles(paragraph).stream()
			.filter((s) -> s.isSetPPr() && s.getPPr().isSetShd())
			.map((s) -> s.getPPr().getShd())
			.findFirst()
			.orElse(null);
	}

	private static float[] cellShading(XWPFParagraph paragraph) {
		if (paragraph.getBody() instanceof XWPFTableCell cell && cell.getCTTc().isSetTcPr()
				&& cell.getCTTc().getTcPr().isSetShd()) {
			return DocxColours.shading(cell.getCTTc().getTcPr().getShd());
		}
		return null;
	}

	private static float[] or(float[] colour, float[] otherwise) {
		return (colour != null) ? colour : otherwise;
	}

	private static <T> T only(List<T> values) {
		return values.isEmpty() ? null : values.getFirst();
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
		return value.getVal() == null || on(value.getVal());
	}

	private static boolean on(Object value) {
		return Set.of("true", "1", "on").contains(value.toString());
	}

	/** A size or a percentage, or NaN (which is below nothing). */
	private static double number(Object value) {
		try {
			return Double.parseDouble(value.toString().replace("%", ""));
		}
		catch (NumberFormatException ex) {
			return Double.NaN;
		}
	}

	/**
	 * Light text on anything but a dark background, or a colour set on the run ("auto" is
	 * drawn to contrast) within a tenth of its background.
	 */
	private static boolean unseen(CTColor color, float[] background) {
		boolean onDark = background != null && luminance(background) < DARK;
		float[] text = rgb(color.getVal());
		return (light(color) && !onDark) || (background != null && text != null
				&& Math.abs(luminance(background) - luminance(text)) < SAME_SHADE);
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

}
