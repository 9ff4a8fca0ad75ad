package io.tailor.worker.extraction;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a page paints, as rectangles in page coordinates from the top-left of the crop
 * box, with when each was painted. Something opaque painted after a glyph over the middle
 * of it hides it: a light fill of any shape (a white box over a line), an upright
 * rectangle of any colour (a black box over black text, a redaction), an upright image,
 * an annotation's appearance. The last opaque upright rectangle or image painted before a
 * glyph under its centre is its background, which the text's colour must differ from. A
 * subpath is taken as its bounding box within the clip, unless it holds another or lies
 * in one (a frame and its hole hide nothing); it is an upright rectangle when its points
 * are the four corners of that box.
 */
final class CoveringFills {

	/** Thinner than this (points) a fill is a rule or a border: it covers no glyph. */
	private static final float SMALLEST = 1;

	/** A subpath of more points than this is no rectangle. */
	private static final int MOST_CORNERS = 5;

	/** What hides the glyphs painted before it. */
	private final Bands covers = new Bands();

	/** What the glyphs painted after it are drawn on. */
	private final Bands backgrounds = new Bands();

	/** The points of the subpath being built, up to one more than a rectangle has. */
	private final List<Point2D> points = new ArrayList<>();

	private int pointCount;

	private float x0 = Float.POSITIVE_INFINITY;

	private float y0 = Float.POSITIVE_INFINITY;

	private float x1 = Float.NEGATIVE_INFINITY;

	private float y1 = Float.NEGATIVE_INFINITY;

	/** The path's finished subpaths. */
	private final List<Box> subpaths = new ArrayList<>();

	/** A subpath's bounds, and whether it is an upright rectangle. */
	private record Box(float x0, float y0, float x1, float y1, boolean upright) {

		boolean inside(Box outer) {
			return this.x0 >= outer.x0 && this.y0 >= outer.y0 && this.x1 <= outer.x1 && this.y1 <= outer.y1;
		}

	}

	/**
	 * Something opaque, the order it was painted in, and its RGB colour (null when not
	 * known: an image, a pattern).
	 */
	record Cover(float x0, float y0, float x1, float y1, long order, float[] rgb) {

		boolean contains(float left, float top, float right, float bottom) {
			return left >= this.x0 && right <= this.x1 && top >= this.y0 && bottom <= this.y1;
		}

	}

	/** A point of the path being built, already in page coordinates. */
	void add(Point2D point) {
		this.x0 = Math.min(this.x0, (float) point.getX());
		this.x1 = Math.max(this.x1, (float) point.getX());
		this.y0 = Math.min(this.y0, (float) point.getY());
		this.y1 = Math.max(this.y1, (float) point.getY());
		if (++this.pointCount <= MOST_CORNERS) {
			this.points.add(point);
		}
	}

	/** The path's bounds so far, as {x0, y0, x1, y1}. */
	float[] bounds() {
		float[] bounds = { Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
				Float.NEGATIVE_INFINITY };
		for (Box b : all()) {
			bounds[0] = Math.min(bounds[0], b.x0());
			bounds[1] = Math.min(bounds[1], b.y0());
			bounds[2] = Math.max(bounds[2], b.x1());
			bounds[3] = Math.max(bounds[3], b.y1());
		}
		return bounds;
	}

	/** A subpath starts (a move or a rectangle): the one before it is finished. */
	void subpath() {
		Box current = current();
		if (current != null) {
			this.subpaths.add(current);
		}
		startSubpath();
	}

	/**
	 * The path is filled opaquely, in {@code rgb} (null for a pattern, which hides
	 * nothing), too light to see on white or not: each subpath that neither holds another
	 * (a frame around a hole) nor lies in one (the hole) is kept, cut to the clip ({x0,
	 * y0, x1, y1}); the path ends.
	 */
	void fill(float[] rgb, boolean light, float[] clip, long order) {
		List<Box> all = all();
		for (Box b : all) {
			boolean nested = all.stream().anyMatch((o) -> o != b && (o.inside(b) || b.inside(o)));
			Cover cover = nested ? null : cut(b, clip, order, rgb);
			if (cover != null && b.upright()) {
				this.backgrounds.add(cover);
			}
			if (cover != null && rgb != null && (b.upright() || light)) {
				this.covers.add(cover);
			}
		}
		clear();
	}

	/** An opaque image fills the path (its unit square on the page); the path ends. */
	void image(float[] clip, long order) {
		for (Box b : all()) {
			Cover cover = b.upright() ? cut(b, clip, order, null) : null;
			if (cover != null) {
				this.covers.add(cover);
				this.backgrounds.add(cover);
			}
		}
		clear();
	}

	private static Cover cut(Box b, float[] clip, long order, float[] rgb) {
		float left = Math.max(b.x0(), clip[0]);
		float top = Math.max(b.y0(), clip[1]);
		float right = Math.min(b.x1(), clip[2]);
		float bottom = Math.min(b.y1(), clip[3]);
		boolean large = right - left >= SMALLEST && bottom - top >= SMALLEST;
		return large ? new Cover(left, top, right, bottom, order, rgb) : null;
	}

	private List<Box> all() {
		List<Box> all = new ArrayList<>(this.subpaths);
		Box current = current();
		if (current != null) {
			all.add(current);
		}
		return all;
	}

	/** The subpath being built, or null when it has no area. */
	private Box current() {
		if (!(this.x1 > this.x0 && this.y1 > this.y0)) {
			return null;
		}
		boolean corners = this.pointCount <= MOST_CORNERS && this.points.stream().allMatch(this::corner);
		boolean upright = corners && corner(this.x0, this.y0) && corner(this.x1, this.y0) && corner(this.x0, this.y1)
				&& corner(this.x1, this.y1);
		return new Box(this.x0, this.y0, this.x1, this.y1, upright);
	}

	private boolean corner(Point2D p) {
		return near(p.getX(), this.x0, this.x1) && near(p.getY(), this.y0, this.y1);
	}

	/** Whether the subpath has a point at (x, y). */
	private boolean corner(float x, float y) {
		return this.points.stream().anyMatch((p) -> Math.abs(p.getX() - x) < 0.01 && Math.abs(p.getY() - y) < 0.01);
	}

	private static boolean near(double value, float low, float high) {
		return Math.abs(value - low) < 0.01 || Math.abs(value - high) < 0.01;
	}

	private void startSubpath() {
		this.points.clear();
		this.pointCount = 0;
		this.x0 = Float.POSITIVE_INFINITY;
		this.y0 = Float.POSITIVE_INFINITY;
		this.x1 = Float.NEGATIVE_INFINITY;
		this.y1 = Float.NEGATIVE_INFINITY;
	}

	/** The path ends without a fill. */
	void clear() {
		this.subpaths.clear();
		startSubpath();
	}

	/**
	 * Whether something opaque painted after {@code order} covers the box {left, top,
	 * right, bottom}.
	 */
	boolean covered(float[] box, long order) {
		return this.covers.near(box[1])
			.stream()
			.flatMap(List::stream)
			.anyMatch((c) -> c.order() > order && c.contains(box[0], box[1], box[2], box[3]));
	}

	/** The last opaque fill painted before {@code order} under (x, y), or null. */
	Cover under(float x, float y, long order) {
		Cover last = null;
		for (List<Cover> near : this.backgrounds.near(y)) {
			for (int i = near.size() - 1; i >= 0; i--) {
				Cover c = near.get(i);
				if (c.order() < order && c.contains(x, y, x, y)) {
					last = (last == null || c.order() > last.order()) ? c : last;
					break;
				}
			}
		}
		return last;
	}

	/** The page is done: its fills are forgotten. */
	void nextPage() {
		this.covers.clear();
		this.backgrounds.clear();
		clear();
	}

	/**
	 * Covers by the horizontal bands of the page they lie in, each band's in the order
	 * painted, so a glyph is checked against those near it only; one taller than a few
	 * bands is kept once, with the tall ones.
	 */
	private static final class Bands {

		private static final float BAND = 20;

		private static final int MOST_BANDS = 8;

		private final Map<Integer, List<Cover>> bands = new HashMap<>();

		private final List<Cover> tall = new ArrayList<>();

		void add(Cover cover) {
			long first = band(cover.y0());
			long last = band(cover.y1());
			if (last - first >= MOST_BANDS) {
				this.tall.add(cover);
				return;
			}
			for (long b = first; b <= last; b++) {
				this.bands.computeIfAbsent((int) b, (k) -> new ArrayList<>()).add(cover);
			}
		}

		/**
		 * The covers that may lie at height {@code y}: its band's, then the tall ones.
		 */
		List<List<Cover>> near(float y) {
			return List.of(this.bands.getOrDefault(band(y), List.of()), this.tall);
		}

		void clear() {
			this.bands.clear();
			this.tall.clear();
		}

		private static int band(float y) {
			return (int) Math.floor(y / BAND);
		}

	}

}
