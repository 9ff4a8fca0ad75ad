package io.tailor.worker.llm;

import java.time.Duration;
import java.util.Optional;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;

/**
 * The provider cannot answer now; {@code retryAfter} is its own word on when to come
 * back.
 */
public class ModelUnavailableException extends RuntimeException {

	private final transient Duration retryAfter;

	public ModelUnavailableException(String message, Duration retryAfter, Throwable cause) {
		super(message, cause);
		this.retryAfter = retryAfter;
	}

	public Optional<Duration> retryAfter() {
		return Optional.ofNullable(this.retryAfter);
	}

	/** Whether the call was not even made because the provider's circuit is open. */
	public boolean circuitOpen() {
		return getCause() instanceof CallNotPermittedException;
	}

}
