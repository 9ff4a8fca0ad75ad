package io.tailor.worker.consuming;

import java.time.Duration;
import java.util.Optional;

import io.tailor.jobs.job.FailureReason;
import io.tailor.worker.llm.ModelUnavailableException;
import io.tailor.worker.tailoring.UnavailableAfterSpending;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A stage's failures: the first listed type an exception is, its reason and retry. */
class FailuresTest {

	private final Failures failures = Failures.NONE
		.retries(ModelUnavailableException.class, FailureReason.LLM_UNAVAILABLE, ModelUnavailableException::retryAfter)
		.fails(IllegalArgumentException.class, FailureReason.INVALID_MODEL_OUTPUT)
		.fails(RuntimeException.class, (ex) -> FailureReason.TRUNCATED);

	@Test
	void aListedTypeOrItsSubtypeEndsTheJobWithItsReasonAndMessage() {
		assertThat(this.failures.of(new NumberFormatException("not a number")))
			.contains(new Failures.Failure(FailureReason.INVALID_MODEL_OUTPUT, "not a number", false, null));
	}

	@Test
	void aRetriedFailureCarriesTheWaitItAskedFor() {
		ModelUnavailableException limited = new ModelUnavailableException("rate limited", Duration.ofSeconds(30), null);
		assertThat(this.failures.of(new UnavailableAfterSpending(limited, null))).contains(
				new Failures.Failure(FailureReason.LLM_UNAVAILABLE, "rate limited", true, Duration.ofSeconds(30)));
	}

	@Test
	void theFirstListedTypeWins() {
		assertThat(this.failures.of(new IllegalStateException("x")).map(Failures.Failure::reason))
			.contains(FailureReason.TRUNCATED);
	}

	@Test
	void anUnlistedTypeIsNoJobFailure() {
		assertThat(Failures.NONE.of(new IllegalStateException("the worker died"))).isEqualTo(Optional.empty());
	}

}
