package io.tailor.worker.system;

import java.time.Duration;
import java.time.Instant;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.tailor.jobs.queue.QueueStatistics;
import io.tailor.jobs.queue.QueueStatistics.Snapshot;

/**
 * Queue depth, age of the oldest message and dead-lettered count as gauges: what the
 * autoscaler and the alerts watch. The figures are read at most every five seconds.
 */
class QueueGauges implements MeterBinder {

	private static final Duration FRESH = Duration.ofSeconds(5);

	private final QueueStatistics statistics;

	private Snapshot last = new Snapshot(0, Duration.ZERO, 0);

	private Instant readAt = Instant.EPOCH;

	QueueGauges(QueueStatistics statistics) {
		this.statistics = statistics;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		gauge(registry, "tailor.queue.depth", "Messages waiting or in flight", (g) -> g.snapshot().depth());
		gauge(registry, "tailor.queue.oldest.age", "Seconds since the oldest message was queued",
				(g) -> g.snapshot().oldestAge().toMillis() / 1000.0);
		gauge(registry, "tailor.queue.dead.lettered", "Messages dead-lettered", (g) -> g.snapshot().deadLettered());
	}

	private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<QueueGauges> value) {
		Gauge.builder(name, this, value).description(description).register(registry);
	}

	synchronized Snapshot snapshot() {
		if (Duration.between(this.readAt, Instant.now()).compareTo(FRESH) > 0) {
			try {
				this.last = this.statistics.snapshot();
			}
			catch (RuntimeException ex) {
				return this.last;
			}
			this.readAt = Instant.now();
		}
		return this.last;
	}

}
