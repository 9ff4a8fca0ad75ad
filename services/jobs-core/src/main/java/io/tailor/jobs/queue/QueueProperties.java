package io.tailor.jobs.queue;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which queue adapter runs ({@code postgres} or {@code servicebus}), and the delivery
 * semantics every adapter keeps.
 */
@ConfigurationProperties("tailor.queue")
public record QueueProperties(@DefaultValue("postgres") String type, @DefaultValue("60s") Duration lease,
		@DefaultValue("10") int maxDeliveries) {
}
