package io.tailor.worker.consuming;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import io.tailor.jobs.queue.Delivery;
import io.tailor.jobs.queue.JobMessage;
import io.tailor.jobs.queue.JobQueue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reliability case A14: a consumer that cannot reach its queue is reported unhealthy, and
 * recovers.
 */
class JobConsumerTest {

	@Test
	void aConsumerThatCannotPollTurnsUnhealthyAndRecovers() {
		FlakyQueue queue = new FlakyQueue();
		WorkerProperties properties = new WorkerProperties(1, Duration.ofMillis(20), Duration.ofMillis(10),
				Duration.ofMillis(10), Duration.ofMillis(300));
		JobConsumer consumer = new JobConsumer(queue, new TracedProcessing(null, Tracer.NOOP, Propagator.NOOP),
				properties);
		consumer.start();
		try {
			await().atMost(Duration.ofSeconds(5)).until(() -> queue.polls.get() > 0);
			assertThat(consumer.isHealthy()).isTrue();
			queue.down = true;
			int before = queue.calls.get();
			await().atMost(Duration.ofSeconds(5)).until(() -> !consumer.isHealthy());
			int failuresWhileDown = queue.calls.get() - before;
			assertThat(failuresWhileDown).as("polls slow down instead of a hot loop").isLessThan(10);
			queue.down = false;
			await().atMost(Duration.ofSeconds(5)).until(consumer::isHealthy);
		}
		finally {
			consumer.stop();
		}
	}

	private static final class FlakyQueue implements JobQueue {

		volatile boolean down;

		final AtomicInteger calls = new AtomicInteger();

		final AtomicInteger polls = new AtomicInteger();

		@Override
		public Optional<Delivery> receive() {
			this.polls.incrementAndGet();
			if (this.down) {
				this.calls.incrementAndGet();
				throw new IllegalStateException("connection refused");
			}
			return Optional.empty();
		}

		@Override
		public void enqueue(JobMessage message) {
		}

		@Override
		public boolean complete(Delivery delivery) {
			return false;
		}

		@Override
		public boolean retry(Delivery delivery, Duration backoff, String error) {
			return false;
		}

		@Override
		public boolean deadLetter(Delivery delivery, String reason) {
			return false;
		}

		@Override
		public boolean renew(Delivery delivery) {
			return false;
		}

		@Override
		public int maxDeliveries() {
			return 1;
		}

	}

}
