package io.tailor.api.job;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * How many jobs one caller may submit per window, per api instance; APIM limits across
 * instances in Azure. A refused submission stores nothing.
 */
@Component
class SubmissionRateLimit {

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final Settings settings;

	SubmissionRateLimit(Settings settings) {
		this.settings = settings;
	}

	/**
	 * @throws TooManySubmissionsException when the caller's allowance is spent
	 */
	void acquire(String owner) {
		ConsumptionProbe probe = this.buckets.computeIfAbsent(owner, (o) -> bucket()).tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
			throw new TooManySubmissionsException(this.settings.submissions(), this.settings.per(), seconds);
		}
	}

	private Bucket bucket() {
		return Bucket.builder()
			.addLimit(Bandwidth.builder()
				.capacity(this.settings.submissions())
				.refillIntervally(this.settings.submissions(), this.settings.per())
				.build())
			.build();
	}

	/** At most {@code submissions} per {@code per}, per caller. */
	@ConfigurationProperties("tailor.submission.rate-limit")
	record Settings(@DefaultValue("30") int submissions, @DefaultValue("1m") Duration per) {
	}

	/**
	 * The caller submitted more than the window allows; {@code retryAfterSeconds} says
	 * when to try.
	 */
	static class TooManySubmissionsException extends RuntimeException {

		private final long retryAfterSeconds;

		TooManySubmissionsException(int submissions, Duration per, long retryAfterSeconds) {
			super("At most " + submissions + " submissions per " + per.toSeconds() + " s; try again in "
					+ retryAfterSeconds + " s");
			this.retryAfterSeconds = retryAfterSeconds;
		}

		long retryAfterSeconds() {
			return this.retryAfterSeconds;
		}

	}

}
