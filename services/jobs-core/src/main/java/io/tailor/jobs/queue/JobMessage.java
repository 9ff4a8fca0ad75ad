package io.tailor.jobs.queue;

import java.util.Objects;
import java.util.UUID;

/**
 * The one message api and worker exchange: which job to process, and the W3C trace
 * context of the request that submitted it ({@code traceparent} may be null when the
 * submission was not traced).
 */
public record JobMessage(UUID jobId, String traceparent, String tracestate) {

	public JobMessage {
		Objects.requireNonNull(jobId, "jobId");
	}

}
