package io.tailor.worker.consuming;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many jobs the worker runs at once, how often an idle consumer polls, the retry
 * backoff (doubling from {@code backoffBase} up to {@code backoffMax}) and how long a
 * stalled consumer may go without polling before liveness fails.
 */
@ConfigurationProperties("tailor.worker")
public record WorkerProperties(@DefaultValue("2") int concurrency, @DefaultValue("500ms") Duration pollInterval,
		@DefaultValue("2s") Duration backoffBase, @DefaultValue("60s") Duration backoffMax,
		@DefaultValue("60s") Duration stallAfter) {

	/** The wait before delivery number {@code attempt + 1}. */
	public Duration backoff(int attempt) {
		long factor = 1L << Math.min(Math.max(attempt - 1, 0), 20);
		Duration wait = this.backoffBase.multipliedBy(factor);
		return (wait.compareTo(this.backoffMax) > 0) ? this.backoffMax : wait;
	}

}
