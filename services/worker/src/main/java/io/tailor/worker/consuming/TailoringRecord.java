package io.tailor.worker.consuming;

import java.util.List;

import io.tailor.worker.tailoring.TailoredResume;
import io.tailor.worker.verification.GroundingCheck;

/**
 * What is stored with a result about how it was tailored: everything but the Markdown;
 * the résumé as Markdown before tailoring (what rejecting a change goes back to) and, for
 * a candidate's edit, the lines the résumé does not support; why an earlier tailor of the
 * chain did not write it; and who wrote the cover letter.
 */
record TailoringRecord(String tailor, String promptVersion, List<TailoredResume.Provenance> provenance,
		List<String> gaps, List<TailoredResume.RemovedClaim> removedClaims, List<Integer> suspectedInjectionLines,
		TailoredResume.TokenUsage usage, List<ExportRecord> exports, List<String> hiddenText,
		List<TailoredResume.Change> changes, String original, List<GroundingCheck.UnsupportedLine> unsupported,
		String fallback, String coverLetter) {

	static TailoringRecord of(TailoredResume tailored, List<ExportRecord> exports, List<String> hiddenText,
			String original, List<GroundingCheck.UnsupportedLine> unsupported, String coverLetter) {
		return new TailoringRecord(tailored.tailor(), tailored.promptVersion(), tailored.provenance(), tailored.gaps(),
				tailored.removed(), tailored.suspectedInjections(), tailored.usage(), exports, hiddenText,
				tailored.changes(), original, unsupported, tailored.fallback(), coverLetter);
	}

	/** A file rendered for download, and whether reading it back found every line. */
	record ExportRecord(String format, boolean roundTrip) {
	}

}
