package io.tailor.worker.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the reading regions of a page from where its glyphs are: the whole page, or a
 * header band followed by a left and a right column when a vertical gutter splits the
 * page. Coordinates are PDFBox's "direction adjusted" ones: x from the left, y (the
 * baseline) from the top.
 */
final class ColumnLayout {

	/** Gutters are looked for between these fractions of the page width. */
	private static final double SEARCH_FROM = 0.2;

	private static final double SEARCH_TO = 0.8;

	/**
	 * Gutters are looked for one unit apart, or at this many places on a page too wide
	 * for that.
	 */
	private static final int MAX_CANDIDATES = 1000;

	/** At most this share of the column rows may cross the gutter. */
	private static final double MAX_CROSSING = 0.1;

	/** Each column holds at least this share of the glyphs. */
	private static final double MIN_SIDE_SHARE = 0.15;

	private static final int MIN_COLUMN_ROWS = 4;

	/**
	 * Rows of a column start at its left edge or up to this far in (bullets, their text,
	 * hanging lines).
	 */
	private static final float INDENT = 24;

	/** A gap wider than this many glyph widths separates two runs of text on a row. */
	private static final double RUN_GAP = 2.5;

	private ColumnLayout() {
	}

	/** A glyph's box: left x, baseline y, width and height. */
	record Glyph(float x, float y, float width, float height) {

		float centre() {
			return this.x + this.width / 2;
		}

	}

	/** Where to read, in order; {@code y} from the top, {@code x} from the left. */
	record Region(float x0, float x1, float y0, float y1) {

		static final Region PAGE = new Region(Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
				Float.POSITIVE_INFINITY);

		boolean contains(float x, float y) {
			return x >= this.x0 && x < this.x1 && y >= this.y0 && y < this.y1;
		}

	}

	static List<Region> regions(List<Glyph> glyphs, float pageWidth) {
		List<Row> rows = rows(glyphs);
		if (rows.size() < 2 * MIN_COLUMN_ROWS) {
			return List.of(Region.PAGE);
		}
		Float gutter = gutter(rows, glyphs, pageWidth);
		if (gutter == null) {
			return List.of(Region.PAGE);
		}
		float top = columnsStart(rows, gutter);
		float inf = Float.POSITIVE_INFINITY;
		List<Region> regions = new ArrayList<>();
		if (top > Float.NEGATIVE_INFINITY) {
			regions.add(new Region(-inf, inf, -inf, top));
		}
		regions.add(new Region(-inf, gutter, top, inf));
		regions.add(new Region(gutter, inf, top, inf));
		return regions;
	}

	private static Float gutter(List<Row> rows, List<Glyph> glyphs, float pageWidth) {
		Float best = null;
		int bestCrossing = Integer.MAX_VALUE;
		float from = (float) (pageWidth * SEARCH_FROM);
		float step = Math.max(1, (float) (pageWidth * (SEARCH_TO - SEARCH_FROM)) / MAX_CANDIDATES);
		for (int i = 0; i <= MAX_CANDIDATES && from + i * step <= pageWidth * SEARCH_TO; i++) {
			float x = from + i * step;
			int crossing = 0;
			for (Row row : rows) {
				crossing += row.crosses(x) ? 1 : 0;
			}
			if (crossing < bestCrossing && splitsIntoColumns(rows, glyphs, x)) {
				bestCrossing = crossing;
				best = x;
			}
		}
		return best;
	}

	private static boolean splitsIntoColumns(List<Row> rows, List<Glyph> glyphs, float x) {
		float top = columnsStart(rows, x);
		List<Row> body = rows.stream().filter((r) -> r.y >= top).toList();
		long crossing = body.stream().filter((r) -> r.crosses(x)).count();
		long leftRows = body.stream().filter((r) -> r.hasTextLeftOf(x)).count();
		long rightRows = body.stream().filter((r) -> r.hasTextRightOf(x)).count();
		long left = glyphs.stream().filter((g) -> g.y() >= top && g.centre() < x).count();
		long right = glyphs.stream().filter((g) -> g.y() >= top && g.centre() >= x).count();
		double total = left + right;
		return crossing <= MAX_CROSSING * body.size() && leftRows >= MIN_COLUMN_ROWS && rightRows >= MIN_COLUMN_ROWS
				&& left >= MIN_SIDE_SHARE * total && right >= MIN_SIDE_SHARE * total
				&& rightColumnIsLeftAligned(body, x);
	}

	/**
	 * Text in a right column starts at one x, or a bullet's indent from it; dates pushed
	 * to the right margin of a single-column page end at one x instead, so they do not
	 * make a column.
	 */
	private static boolean rightColumnIsLeftAligned(List<Row> body, float x) {
		List<Run> firsts = new ArrayList<>();
		List<Float> ends = new ArrayList<>();
		for (Row row : body) {
			Run first = row.firstRunRightOf(x);
			if (first != null) {
				firsts.add(first);
				ends.add(row.runs.getLast().x1);
			}
		}
		if (firsts.isEmpty()) {
			return false;
		}
		float start = (float) firsts.stream().mapToDouble((r) -> r.x0).min().orElse(0);
		float end = (float) ends.stream().mapToDouble(Float::doubleValue).max().orElse(0);
		long nearStart = firsts.stream().filter((r) -> r.x0 <= start + INDENT).count();
		long nearEnd = ends.stream().filter((e) -> e >= end - 2).count();
		return nearStart >= 0.6 * firsts.size() && nearStart > nearEnd;
	}

	/**
	 * The baseline where the columns begin: below the last full-width row above the first
	 * row with text on both sides of the gutter, so that a header of a short name over a
	 * long contact line stays whole; without such a row, below the full-width rows at the
	 * top.
	 */
	private static float columnsStart(List<Row> rows, float x) {
		int end = 0;
		while (end < rows.size() && !rows.get(end).twoSided(x)) {
			end++;
		}
		int last = -1;
		for (int i = 0; i < ((end < rows.size()) ? end : rows.size()); i++) {
			if (rows.get(i).crosses(x)) {
				last = i;
			}
			else if (end == rows.size()) {
				break;
			}
		}
		return (last < 0 || last + 1 == rows.size()) ? Float.NEGATIVE_INFINITY
				: (rows.get(last).y + rows.get(last + 1).y) / 2;
	}

	private static List<Row> rows(List<Glyph> glyphs) {
		List<Glyph> sorted = glyphs.stream()
			.sorted(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x))
			.toList();
		List<Row> rows = new ArrayList<>();
		List<Glyph> current = new ArrayList<>();
		for (Glyph glyph : sorted) {
			if (!current.isEmpty() && glyph.y() - current.getFirst().y() > current.getFirst().height() / 2) {
				rows.add(Row.of(current));
				current = new ArrayList<>();
			}
			current.add(glyph);
		}
		if (!current.isEmpty()) {
			rows.add(Row.of(current));
		}
		return rows;
	}

	private record Run(float x0, float x1) {
	}

	private record Row(float y, List<Run> runs) {

		static Row of(List<Glyph> glyphs) {
			List<Glyph> byX = glyphs.stream().sorted(Comparator.comparingDouble(Glyph::x)).toList();
			float typical = (float) byX.stream().mapToDouble(Glyph::width).average().orElse(1);
			List<Run> runs = new ArrayList<>();
			float start = byX.getFirst().x();
			float end = start + byX.getFirst().width();
			for (Glyph glyph : byX.subList(1, byX.size())) {
				if (glyph.x() - end > RUN_GAP * typical) {
					runs.add(new Run(start, end));
					start = glyph.x();
				}
				end = Math.max(end, glyph.x() + glyph.width());
			}
			runs.add(new Run(start, end));
			return new Row(byX.getFirst().y(), runs);
		}

		boolean crosses(float x) {
			return this.runs.stream().anyMatch((r) -> r.x0 < x && r.x1 > x);
		}

		boolean twoSided(float x) {
			return !crosses(x) && this.runs.getFirst().x1 <= x && this.runs.getLast().x0 >= x;
		}

		boolean hasTextLeftOf(float x) {
			return this.runs.getFirst().x0 < x;
		}

		boolean hasTextRightOf(float x) {
			return this.runs.getLast().x1 > x;
		}

		Run firstRunRightOf(float x) {
			return this.runs.stream().filter((r) -> r.x0 >= x).findFirst().orElse(null);
		}

	}

}
