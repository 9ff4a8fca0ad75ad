package io.tailor.worker.extraction;

import java.util.List;
import java.util.regex.Pattern;

/** What counts as hidden: thresholds shared by the PDF and DOCX readers. */
final class HiddenText {

	/** Type this small (points) cannot be read on a printed page. */
	static final double SMALLEST_READABLE_POINTS = 3.0;

	/** Glyphs squeezed narrower than this percentage of their width cannot be read. */
	static final float NARROWEST_READABLE_SCALING = 20;

	/** Lighter than this (0 black, 1 white) on a white page cannot be seen. */
	static final double LIGHTEST_VISIBLE = 0.92;

	/** Colours closer than this in every RGB component (0–1) look the same. */
	static final double SAME_COLOUR = 0.1;

	private static final Pattern INVISIBLE = Pattern
		.compile("[\\u200B-\\u200F\\u2060-\\u2064\\uFEFF\\x{E0000}-\\x{E007F}]+");

	private HiddenText() {
	}

	/**
	 * Whether a colour, given as 0–1 components (gray, RGB or CMYK), is too light to see.
	 */
	static boolean tooLight(float[] components, int count) {
		if (count == 1) {
			return components[0] >= LIGHTEST_VISIBLE;
		}
		if (count == 3) {
			return components[0] >= LIGHTEST_VISIBLE && components[1] >= LIGHTEST_VISIBLE
					&& components[2] >= LIGHTEST_VISIBLE;
		}
		if (count == 4) {
			return components[0] + components[1] + components[2] + components[3] <= 1 - LIGHTEST_VISIBLE;
		}
		return false;
	}

	/** Whether text in one RGB colour cannot be told from a background in the other. */
	static boolean sameColour(float[] text, float[] background) {
		for (int i = 0; i < 3; i++) {
			if (Math.abs(text[i] - background[i]) >= SAME_COLOUR) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Removes zero-width and tag characters, adding what they spelled to {@code hidden}.
	 */
	static String withoutInvisible(String text, List<String> hidden) {
		if (INVISIBLE.matcher(text).find()) {
			hidden.add("invisible characters: " + text.codePoints()
				.filter((c) -> c >= 0xE0020 && c <= 0xE007E)
				.map((c) -> c - 0xE0000)
				.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append));
		}
		return INVISIBLE.matcher(text).replaceAll("");
	}

}
