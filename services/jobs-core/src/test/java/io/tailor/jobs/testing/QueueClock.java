package io.tailor.jobs.testing;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The PostgreSQL queue's time, for tests: its leases and backoffs are in database time,
 * so moving every message's visibility back is that much time passing, without sleeping.
 */
public final class QueueClock {

	private QueueClock() {
	}

	public static void elapse(JdbcClient jdbc, Duration duration) {
		jdbc.sql("update job_queue set visible_at = visible_at - make_interval(secs => :seconds)")
			.param("seconds", duration.toMillis() / 1000.0)
			.update();
	}

	/** Past every lease and backoff a test uses. */
	public static void passLeases(JdbcClient jdbc) {
		elapse(jdbc, Duration.ofHours(1));
	}

}
