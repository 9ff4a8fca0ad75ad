package io.tailor.worker.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins the lines a PDF wrapped back into the lines the writer meant. A line continues
 * the one above when that one ends near the right edge and the first word of the line
 * would not have fitted after it; both are in the same type size, one line's distance
 * apart, the line is not further left, and no bullet or number opens it. A line whose
 * parts are set apart by wide gaps (a title with its dates set right) is never continued.
 * The right edge is the farthest any line of the region reaches and, for a region that
 * ends at the page's right side, at least where a right margin as wide as the left one
 * begins; with fewer than two lines near it, it is where the longest line of a list ends,
 * and nothing is joined.
 */
final class WrappedLines {

	private static final Pattern OPENS_ITEM = Pattern
		.compile("^\\s*(?:[•▪◦●■\\-*–—·✓➢►▸➤○♦\\uF0B7\\uF0A7]|o\\s|\\d{1,2}[.)]\\s|[a-z][.)]\\s)");

	/** "Cloud: AWS, Azure" opens a line of its own. */
	private static final Pattern LABEL = Pattern.compile("^\\s*\\p{Lu}[\\p{L} &/]{0,25}:");

	/**
	 * How a sentence shows it goes on: the next line starts small, or this one ends open.
	 */
	private static final Pattern OPEN_END = Pattern
		.compile("(?:[,\\-–/&]|\\b(?:and|or|of|in|for|with|to|the|a|an|on|at|by))\\s*$");

	private static final Pattern SMALL_START = Pattern.compile("^\\s*[\\p{Ll}(\\d]");

	/** At most this many type sizes from one baseline to the next. */
	private static final double LEADING = 1.6;

	/** Type sizes within this share of each other are the same. */
	private static final double SAME_SIZE = 0.15;

	/**
	 * Lines ending within this share of the region's width from its right edge are near
	 * it.
	 */
	private static final double NEAR_EDGE = 0.15;

	/** Fewer lines than this near the right edge: nothing wrapped there. */
	private static final int MIN_NEAR_EDGE = 2;

	private WrappedLines() {
	}

	/**
	 * One line as read: its text, the left and right ends of its glyphs, its baseline
	 * (from the top), type size, average glyph width, the width of its first word, and
	 * whether wide gaps set its parts apart.
	 */
	record Line(String text, float x0, float x1, float y, float size, float glyphWidth, float firstWordWidth,
			boolean spaced) {
	}

	/**
	 * The text with each wrapped line joined to the one it continues; {@code pageWidth}
	 * is 0 for a region that does not end at the page's right side.
	 */
	static String join(List<Line> lines, float pageWidth) {
		List<Line> read = lines.stream().filter((l) -> !l.text().isBlank()).toList();
		float left = (float) read.stream().mapToDouble(Line::x0).min().orElse(0);
		float right = (float) Math.max(read.stream().mapToDouble(Line::x1).max().orElse(0), pageWidth - left);
		boolean edgeKnown = pageWidth > 0;
		boolean wrapsThere = nearEdge(read, left, right) >= MIN_NEAR_EDGE;
		List<String> out = new ArrayList<>();
		Line previous = null;
		for (Line line : lines) {
			if (wrapsThere && previous != null && previous.x1() >= right - NEAR_EDGE * (right - left)
					&& continues(previous, line, right) && (edgeKnown || readsOn(previous, line))) {
				out.set(out.size() - 1, joined(out.getLast(), line.text()));
			}
			else {
				out.add(line.text());
			}
			previous = line;
		}
		return String.join("\n", out) + (out.isEmpty() ? "" : "\n");
	}

	/** How many lines end near the right edge: a paragraph wrapped there has several. */
	private static long nearEdge(List<Line> lines, float left, float right) {
		return lines.stream().filter((l) -> l.x1() >= right - NEAR_EDGE * (right - left)).count();
	}

	/**
	 * Where the right edge is only where the longest line ends (a left column), the words
	 * must also show that the sentence goes on.
	 */
	private static boolean readsOn(Line above, Line line) {
		return OPEN_END.matcher(above.text()).find() || SMALL_START.matcher(line.text()).find();
	}

	static boolean continues(Line above, Line line, float right) {
		if (above.text().isBlank() || line.text().isBlank() || above.spaced() || line.spaced()
				|| OPENS_ITEM.matcher(line.text()).find() || LABEL.matcher(line.text()).find()) {
			return false;
		}
		float leading = line.y() - above.y();
		boolean sameSize = Math.abs(above.size() - line.size()) <= SAME_SIZE * above.size();
		boolean next = leading > 0 && leading <= LEADING * above.size();
		boolean full = above.x1() + above.glyphWidth() + line.firstWordWidth() > right;
		return sameSize && next && line.x0() >= above.x0() - 1 && full;
	}

	private static String joined(String above, String line) {
		String end = above.stripTrailing();
		boolean hyphen = end.endsWith("-") && end.length() > 1 && Character.isLetter(end.charAt(end.length() - 2));
		return end + (hyphen ? "" : " ") + line.strip();
	}

}
