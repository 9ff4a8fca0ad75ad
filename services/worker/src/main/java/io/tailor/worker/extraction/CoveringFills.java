package io.tailor.worker.extraction;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Paths filled in a colour too light to see on white, as rectangles in page coordinates
 * from the top-left of the crop box, with when each was painted: text painted before a
 * light fill that covers it is hidden under it (a white box drawn over a line). A path of
 * one subpath is taken as its bounding box within the clip; a path of several (a frame, a
 * fill with holes) is not taken for a cover.
 */
final class CoveringFills {

	private final List<Cover> covers = new ArrayList<>();

	private float x0 = Float.POSITIVE_INFINITY;

	private float y0 = Float.POSITIVE_INFINITY;

	private float x1 = Float.NEGATIVE_INFINITY;

	private float y1 = Float.NEGATIVE_INFINITY;

	private int subpaths;

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
		return new float[] { this.x0, this.y0, this.x1, this.y1 };
	}

	/** A subpath starts (a move or a rectangle). */
	void subpath() {
		this.subpaths++;
	}

	/**
	 * The path is filled: kept, cut to the clip ({x0, y0, x1, y1}), when the fill is
	 * light and opaque and the path one subpath; the path ends.
	 */
	void fill(boolean lightAndOpaque, float[] clip, long order) {
		float left = Math.max(this.x0, clip[0]);
		float top = Math.max(this.y0, clip[1]);
		float right = Math.min(this.x1, clip[2]);
		float bottom = Math.min(this.y1, clip[3]);
		if (lightAndOpaque && this.subpaths <= 1 && right > left && bottom > top) {
			this.covers.add(new Cover(left, top, right, bottom, order));
		}
		clear();
	}

	/** The path ends without a fill. */
	void clear() {
		this.subpaths = 0;
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
