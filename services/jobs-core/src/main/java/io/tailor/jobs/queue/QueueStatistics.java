package io.tailor.jobs.queue;

import java.time.Duration;

/** What a queue can tell about its backlog: the figures autoscaling and alerts watch. */
public interface QueueStatistics {

	Snapshot snapshot();

	/**
	 * Messages waiting or in flight, the age of the oldest, and how many were
	 * dead-lettered.
	 */
	record Snapshot(long depth, Duration oldestAge, long deadLettered) {
	}

}
