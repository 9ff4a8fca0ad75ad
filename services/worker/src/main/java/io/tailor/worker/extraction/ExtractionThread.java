package io.tailor.worker.extraction;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the reading of one file on a platform thread of its own, with a stack of known
 * size, and waits for it no longer than its {@link Deadline} and a grace second. A file
 * nested deeper than that stack allows overflows it there, not on the caller's thread,
 * and is refused; so is one whose reading runs out of memory, where the JVM survives that
 * (the service images exit on it), which is why the budgets come first. On time-out the
 * thread is interrupted, and ends at its parser's next {@link Deadline#tick() tick}: a
 * JVM cannot stop a thread from outside. What a parser does between ticks is bounded by
 * the other limits.
 */
final class ExtractionThread {

	/** Twice the JVM's default; no real document comes close to it. */
	private static final long STACK_BYTES = 2L << 20;

	private static final Duration GRACE = Duration.ofSeconds(1);

	private static final ThreadFactory THREADS = Thread.ofPlatform()
		.name("extraction-", 1)
		.daemon()
		.stackSize(STACK_BYTES)
		.factory();

	private ExtractionThread() {
	}

	static Extraction run(Callable<Extraction> reading, Deadline deadline) {
		FutureTask<Extraction> task = new FutureTask<>(reading);
		Thread thread = THREADS.newThread(task);
		thread.start();
		try {
			return task.get(deadline.remaining().plus(GRACE).toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			thread.interrupt();
			throw deadline.exceeded();
		}
		catch (InterruptedException ex) {
			thread.interrupt();
			Thread.currentThread().interrupt();
			throw new CancellationException("Interrupted while reading a file");
		}
		catch (ExecutionException ex) {
			throw unparseable(ex.getCause());
		}
	}

	private static RuntimeException unparseable(Throwable failure) {
		return switch (failure) {
			case UnparseableFileException ex -> ex;
			case StackOverflowError ex -> new UnparseableFileException("The file is nested too deeply to read", ex);
			case OutOfMemoryError ex -> new UnparseableFileException("The file needs more memory than allowed", ex);
			case RuntimeException ex -> ex;
			case Error ex -> throw ex;
			default -> new IllegalStateException(failure);
		};
	}

}
