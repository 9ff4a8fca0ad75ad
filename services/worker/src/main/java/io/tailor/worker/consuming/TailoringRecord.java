package io.tailor.worker.consuming;

import java.util.List;

import io.tailor.worker.tailoring.TailoredResume;

/**
 * What is stored with a result about how it was tailored: everything but the Markdown.
 */
record TailoringRecord(String tailor, String promptVersion, List<TailoredResume.Provenance> provenance,
		List<String> gaps, List<TailoredResume.RemovedClaim> removedClaims, List<Integer> suspectedInjectionLines,
		TailoredResume.TokenUsage usage, List<ExportRecord> exports, List<String> hiddenText,
		List<TailoredResume.Change> changes) {

	static TailoringRecord of(TailoredResume tailored, List<ExportRecord> exports, List<String> hiddenText) {
		return new TailoringRecord(tailored.tailor(), tailored.promptVersion(), tailored.provenance(), tailored.gaps(),
				tailored.removed(), tailored.suspectedInjections(), tailored.usage(), exports, hiddenText,
				tailored.changes());
	}

	/** A file rendered for download, and whether reading it back found every line. */
	record ExportRecord(String format, boolean roundTrip) {
	}

}
