package io.tailor.worker.consuming;

import io.tailor.jobs.job.FailureReason;
import io.tailor.jobs.job.Stage;
import io.tailor.worker.scoring.ScoringClient;
import io.tailor.worker.scoring.ScoringRejectedException;
import io.tailor.worker.scoring.ScoringUnavailableException;

/**
 * Matches the résumé's text against the job description. Scoring out of reach is retried,
 * a refusal (e.g. a text too long) fails the job at once.
 */
final class ScoringStage implements JobStage {

	private static final Failures FAILURES = Failures.NONE
		.retries(ScoringUnavailableException.class, FailureReason.SCORING_UNAVAILABLE)
		.fails(ScoringRejectedException.class, FailureReason.SCORING_REJECTED);

	private final ScoringClient scoring;

	ScoringStage(ScoringClient scoring) {
		this.scoring = scoring;
	}

	@Override
	public Stage stage() {
		return Stage.SCORING;
	}

	@Override
	public void run(JobRun run) {
		run.scored(this.scoring.match(run.extraction().text(), run.job().jobDescription()));
	}

	@Override
	public Failures failures() {
		return FAILURES;
	}

}
