package io.tailor.worker.extraction;

import java.time.Duration;

/**
 * The time one file may take to read. The parsers call {@link #tick()} in their hot loops
 * (bytes read, content-stream operators, glyphs, document elements), so a runaway parse
 * stops itself soon after the time is up or its thread is interrupted.
 */
final class Deadline {

	private static final int TICKS_PER_CHECK = 1024;

	private final Duration limit;

	private final long end;

	private int ticks;

	private Deadline(Duration limit) {
		this.limit = limit;
		this.end = System.nanoTime() + limit.toNanos();
	}

	static Deadline after(Duration limit) {
		return new Deadline(limit);
	}

	/** For hot loops: looks at the clock on every 1,024th call. */
	void tick() {
		if (++this.ticks % TICKS_PER_CHECK == 0) {
			check();
		}
	}

	void check() {
		if (Thread.currentThread().isInterrupted() || remaining().isNegative()) {
			throw exceeded();
		}
	}

	Duration remaining() {
		return Duration.ofNanos(this.end - System.nanoTime());
	}

	UnparseableFileException exceeded() {
		return new UnparseableFileException("The file took longer than " + this.limit.toMillis() + " ms to read", null);
	}

}
