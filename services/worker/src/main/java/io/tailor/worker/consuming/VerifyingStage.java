package io.tailor.worker.consuming;

import java.util.List;

import io.tailor.jobs.job.FailureReason;
import io.tailor.jobs.job.Stage;
import io.tailor.worker.rendering.Exports;
import io.tailor.worker.scoring.ScoringReport;
import io.tailor.worker.tailoring.PageBudget;
import io.tailor.worker.tailoring.TailoredResume;
import io.tailor.worker.verification.GroundingCheck;

/**
 * Checks the tailored résumé against the résumé's text: a tailored one is fitted to its
 * page budget and fails the job when a line is not grounded in the résumé (or, from the
 * offline tailor, in the job's wording of a skill the résumé names); a candidate's edit
 * is kept, its unsupported lines marked.
 */
final class VerifyingStage implements JobStage {

	private static final Failures FAILURES = Failures.NONE.fails(UngroundedOutputException.class,
			FailureReason.UNGROUNDED_OUTPUT);

	private final Exports exports;

	VerifyingStage(Exports exports) {
		this.exports = exports;
	}

	@Override
	public Stage stage() {
		return Stage.VERIFYING;
	}

	@Override
	public void run(JobRun run) {
		String text = run.extraction().text();
		if (run.job().revision().isEdit()) {
			run.marked(GroundingCheck.marks(run.tailored().markdown(), text, jobWords(run.report())));
			return;
		}
		TailoredResume tailored = PageBudget.fit(run.tailored(), run.report(), this.exports::pages);
		List<String> ungrounded = GroundingCheck.unsupportedClaims(tailored.markdown(), text,
				"offline".equals(tailored.tailor()) ? jobWords(run.report()) : List.of());
		if (!ungrounded.isEmpty()) {
			throw new UngroundedOutputException(ungrounded.size() + " tailored line(s) are not in the résumé");
		}
		run.tailored(tailored);
	}

	@Override
	public Failures failures() {
		return FAILURES;
	}

	private static List<String> jobWords(ScoringReport report) {
		return report.wordings().stream().map(ScoringReport.Wording::job).toList();
	}

	/** A tailored line says something the résumé does not. */
	static final class UngroundedOutputException extends RuntimeException {

		UngroundedOutputException(String message) {
			super(message);
		}

	}

}
