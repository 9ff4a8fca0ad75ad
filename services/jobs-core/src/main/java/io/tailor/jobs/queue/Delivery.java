package io.tailor.jobs.queue;

/**
 * A message handed to one consumer under a lease. {@code attempt} counts deliveries,
 * starting at 1; {@code leaseToken} fences settlement: once the lease has passed to
 * another consumer, settling with the old token changes nothing.
 */
public record Delivery(String messageId, JobMessage message, int attempt, String leaseToken) {
}
