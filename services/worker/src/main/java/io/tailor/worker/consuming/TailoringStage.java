package io.tailor.worker.consuming;

import io.tailor.jobs.job.FailureReason;
import io.tailor.jobs.job.Stage;
import io.tailor.worker.llm.ModelRefusedException;
import io.tailor.worker.llm.ModelTruncatedException;
import io.tailor.worker.llm.ModelUnavailableException;
import io.tailor.worker.tailoring.InvalidModelOutputException;

/**
 * Tailors the résumé to the report ({@link TailoringStep}: the chain within the owner's
 * budget). No model answering is retried, as late as the provider asks; a refused,
 * truncated or unusable answer fails the job at once.
 */
final class TailoringStage implements JobStage {

	private static final Failures FAILURES = Failures.NONE
		.retries(ModelUnavailableException.class, FailureReason.LLM_UNAVAILABLE, ModelUnavailableException::retryAfter)
		.fails(ModelRefusedException.class, FailureReason.CONTENT_FILTERED)
		.fails(ModelTruncatedException.class, FailureReason.TRUNCATED)
		.fails(InvalidModelOutputException.class, FailureReason.INVALID_MODEL_OUTPUT);

	private final TailoringStep tailoring;

	TailoringStage(TailoringStep tailoring) {
		this.tailoring = tailoring;
	}

	@Override
	public Stage stage() {
		return Stage.TAILORING;
	}

	@Override
	public void run(JobRun run) {
		run.tailored(this.tailoring.run(run.job(), run.report()));
	}

	@Override
	public Failures failures() {
		return FAILURES;
	}

}
