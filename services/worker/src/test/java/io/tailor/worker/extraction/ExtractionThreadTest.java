package io.tailor.worker.extraction;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reliability cases B5 and B7 at their root: what a runaway parse does to its thread
 * becomes a refusal of the file, and the caller's thread is untouched.
 */
class ExtractionThreadTest {

	@Test
	void aStackOverflowIsARefusal() {
		assertThatExceptionOfType(UnparseableFileException.class)
			.isThrownBy(() -> ExtractionThread.run(() -> recurse(0), Deadline.after(Duration.ofSeconds(5))))
			.withMessage("The file is nested too deeply to read")
			.withCauseInstanceOf(StackOverflowError.class);
		assertThat(recurse(1_000)).isNotNull();
	}

	@Test
	void anImpossibleAllocationIsARefusal() {
		assertThatExceptionOfType(UnparseableFileException.class).isThrownBy(() -> ExtractionThread.run(() -> {
			long[] huge = new long[Integer.MAX_VALUE - 8];
			return new Extraction(String.valueOf(huge.length), List.of());
		}, Deadline.after(Duration.ofSeconds(5))))
			.withMessage("The file needs more memory than allowed")
			.withCauseInstanceOf(OutOfMemoryError.class);
	}

	@Test
	void aParseThatTicksIsEndedByItsDeadline() {
		Deadline deadline = Deadline.after(Duration.ofMillis(200));
		long start = System.nanoTime();
		assertThatExceptionOfType(UnparseableFileException.class).isThrownBy(() -> ExtractionThread.run(() -> {
			while (true) {
				deadline.tick();
			}
		}, deadline)).withMessage("The file took longer than 200 ms to read");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(700));
	}

	@Test
	void aParseThatNeverTicksIsAbandonedAfterAGraceSecondAndInterrupted() throws InterruptedException {
		Thread[] parser = new Thread[1];
		long start = System.nanoTime();
		assertThatExceptionOfType(UnparseableFileException.class).isThrownBy(() -> ExtractionThread.run(() -> {
			parser[0] = Thread.currentThread();
			while (!Thread.currentThread().isInterrupted()) {
				Thread.onSpinWait();
			}
			return null;
		}, Deadline.after(Duration.ofMillis(100)))).withMessage("The file took longer than 100 ms to read");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(1100),
				Duration.ofMillis(1600));
		parser[0].join(1000);
		assertThat(parser[0].isAlive()).isFalse();
	}

	private static Extraction recurse(int depth) {
		if (depth == 1) {
			return new Extraction("", List.of());
		}
		return recurse(depth - 1);
	}

}
