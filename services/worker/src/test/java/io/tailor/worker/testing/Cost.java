package io.tailor.worker.testing;

import java.lang.management.ManagementFactory;

import com.sun.management.ThreadMXBean;

/**
 * What running something cost: wall-clock milliseconds, and bytes allocated on the heap
 * by all threads meanwhile (an upper bound on what it allocated itself).
 */
public record Cost(long millis, long allocatedBytes) {

	public static Cost of(Runnable work) {
		ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
		long allocated = threads.getTotalThreadAllocatedBytes();
		long start = System.nanoTime();
		work.run();
		return new Cost((System.nanoTime() - start) / 1_000_000, threads.getTotalThreadAllocatedBytes() - allocated);
	}

}
