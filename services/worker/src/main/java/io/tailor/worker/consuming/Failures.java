package io.tailor.worker.consuming;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.tailor.jobs.job.FailureReason;

/**
 * How a stage's failures end a job: for each exception type the stage knows, the reason
 * it fails the job with, and whether the queue delivers the job again first (after the
 * worker's backoff or the wait the failure asks for, whichever is longer). An exception
 * of no listed type is not a job failure and propagates.
 */
final class Failures {

	static final Failures NONE = new Failures(List.of());

	private final List<Rule> rules;

	private Failures(List<Rule> rules) {
		this.rules = rules;
	}

	/** Fails the job with the reason {@code reason} reads off the exception; no retry. */
	<E extends RuntimeException> Failures fails(Class<E> type, Function<? super E, FailureReason> reason) {
		return with(type, (ex) -> new Failure(reason.apply(ex), ex.getMessage(), false, null));
	}

	/** Fails the job with {@code reason}; no retry. */
	Failures fails(Class<? extends RuntimeException> type, FailureReason reason) {
		return fails(type, (ex) -> reason);
	}

	/**
	 * Delivers the job again, waiting at least what {@code retryAfter} reads off the
	 * exception; fails it with {@code reason} after the last delivery.
	 */
	<E extends RuntimeException> Failures retries(Class<E> type, FailureReason reason,
			Function<? super E, Optional<Duration>> retryAfter) {
		return with(type, (ex) -> new Failure(reason, ex.getMessage(), true, retryAfter.apply(ex).orElse(null)));
	}

	/** Delivers the job again; fails it with {@code reason} after the last delivery. */
	Failures retries(Class<? extends RuntimeException> type, FailureReason reason) {
		return retries(type, reason, (ex) -> Optional.empty());
	}

	/** How {@code ex} ends the job: the first listed type it is an instance of. */
	Optional<Failure> of(RuntimeException ex) {
		return this.rules.stream().filter((rule) -> rule.type().isInstance(ex)).findFirst().map((rule) -> rule.to(ex));
	}

	private <E extends RuntimeException> Failures with(Class<E> type, Function<E, Failure> failure) {
		List<Rule> rules = new ArrayList<>(this.rules);
		rules.add(new Rule(type, (ex) -> failure.apply(type.cast(ex))));
		return new Failures(List.copyOf(rules));
	}

	/**
	 * Why a job stops: its reason and what happened; {@code retried}: delivered again
	 * unless this was the last delivery, after at least {@code retryAfter} when not
	 * {@code null}.
	 */
	record Failure(FailureReason reason, String detail, boolean retried, Duration retryAfter) {
	}

	private record Rule(Class<? extends RuntimeException> type, Function<RuntimeException, Failure> failure) {

		Failure to(RuntimeException ex) {
			return this.failure.apply(ex);
		}

	}

}
