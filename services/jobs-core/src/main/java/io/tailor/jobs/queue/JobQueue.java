package io.tailor.jobs.queue;

import java.time.Duration;
import java.util.Optional;

/**
 * Delivers job messages at least once. A received message stays invisible to other
 * consumers while its lease lasts; unless settled, it is delivered again afterwards.
 * Settlement methods return false when the lease was lost, and then change nothing.
 */
public interface JobQueue {

	/**
	 * Sends a message. A second message for a job whose message is still queued is
	 * dropped (duplicate detection by job id); adapters that can join the caller's
	 * transaction do.
	 */
	void enqueue(JobMessage message);

	/** Leases the next ready message, if any. */
	Optional<Delivery> receive();

	/** Removes a processed message. */
	boolean complete(Delivery delivery);

	/** Hands a message back to be delivered again after its backoff. */
	boolean retry(Delivery delivery, Duration backoff, String error);

	/** Takes a message out of circulation for good, with the reason. */
	boolean deadLetter(Delivery delivery, String reason);

	/** Extends the lease of a message still being processed. */
	boolean renew(Delivery delivery);

	/** How many deliveries a message gets before it must be dead-lettered. */
	int maxDeliveries();

}
