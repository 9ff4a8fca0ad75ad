package io.tailor.worker.extraction;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Paths filled in a colour too light to see on white, as rectangles in page coordinates
 * from the top-left of the crop box, with when each was painted: text painted before a
 * light fill that covers it is hidden under it (a white box drawn over a line). Each
 * subpath is taken as its bounding box within the clip, unless it holds another or lies
 * in one (a frame and its hole hide nothing).
 */
final class CoveringFills {

	private final List<Cover> covers = new ArrayList<>();

	private float x0 = Float.POSITIVE_INFINITY;

	private float y0 = Float.POSITIVE_INFINITY;

	private float x1 = Float.NEGATIVE_INFINITY;

	private float y1 = Float.NEGATIVE_INFINITY;

	/** The bounds of the path's finished subpaths, as {x0, y0, x1, y1}. */
	private final List<float[]> subpaths = new ArrayList<>();

	/** A light fill, and the order it was painted in. */
	record Cover(float x0, float y0, float x1, float y1, long order) {

		boolean covers(float x, float y, long paintedAt) {
			return paintedAt < this.order && x >= this.x0 && x <= this.x1 && y >= this.y0 && y <= this.y1;
		}

	}

	/** A point of the path being built, already in page coordinates. */
	void add(Point2D point) {
		this.x0 = Math.min(this.x0, (float) point.getX());
		this.x1 = Math.max(this.x1, (float) point.getX());
		this.y0 = Math.min(this.y0, (float) point.getY());
		this.y1 = Math.max(this.y1, (float) point.getY());
	}

	/** The path's bounds so far, as {x0, y0, x1, y1}. */
	float[] bounds() {
		List<float[]> all = all();
		float[] bounds = { Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
				Float.NEGATIVE_INFINITY };
		for (float[] b : all) {
			bounds[0] = Math.min(bounds[0], b[0]);
			bounds[1] = Math.min(bounds[1], b[1]);
			bounds[2] = Math.max(bounds[2], b[2]);
			bounds[3] = Math.max(bounds[3], b[3]);
		}
		return bounds;
	}

	/** A subpath starts (a move or a rectangle): the one before it is finished. */
	void subpath() {
		if (this.x1 > this.x0 && this.y1 > this.y0) {
			this.subpaths.add(new float[] { this.x0, this.y0, this.x1, this.y1 });
		}
		this.x0 = Float.POSITIVE_INFINITY;
		this.y0 = Float.POSITIVE_INFINITY;
		this.x1 = Float.NEGATIVE_INFINITY;
		this.y1 = Float.NEGATIVE_INFINITY;
	}

	/**
	 * The path is filled: each subpath that neither holds another (a frame around a hole)
	 * nor lies in one (the hole) is kept, cut to the clip ({x0, y0, x1, y1}), when the
	 * fill is light and opaque; the path ends.
	 */
	void fill(boolean lightAndOpaque, float[] clip, long order) {
		List<float[]> all = all();
		for (float[] b : all) {
			boolean nested = all.stream().anyMatch((o) -> o != b && (inside(o, b) || inside(b, o)));
			float left = Math.max(b[0], clip[0]);
			float top = Math.max(b[1], clip[1]);
			float right = Math.min(b[2], clip[2]);
			float bottom = Math.min(b[3], clip[3]);
			if (lightAndOpaque && !nested && right > left && bottom > top) {
				this.covers.add(new Cover(left, top, right, bottom, order));
			}
		}
		clear();
	}

	private List<float[]> all() {
		List<float[]> all = new ArrayList<>(this.subpaths);
		if (this.x1 > this.x0 && this.y1 > this.y0) {
			all.add(new float[] { this.x0, this.y0, this.x1, this.y1 });
		}
		return all;
	}

	private static boolean inside(float[] inner, float[] outer) {
		return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
	}

	/** The path ends without a fill. */
	void clear() {
		this.subpaths.clear();
		this.x0 = Float.POSITIVE_INFINITY;
		this.y0 = Float.POSITIVE_INFINITY;
		this.x1 = Float.NEGATIVE_INFINITY;
		this.y1 = Float.NEGATIVE_INFINITY;
	}

	/** Whether a glyph centred at (x, y), painted at {@code order}, lies under a fill. */
	boolean covered(float x, float y, long order) {
		return this.covers.stream().anyMatch((c) -> c.covers(x, y, order));
	}

	/** The page is done: its fills are forgotten. */
	void nextPage() {
		this.covers.clear();
		clear();
	}

}
