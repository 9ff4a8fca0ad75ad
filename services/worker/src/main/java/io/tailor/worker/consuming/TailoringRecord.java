package io.tailor.worker.consuming;

import java.util.List;

import io.tailor.worker.guardrails.Injection;
import io.tailor.worker.scoring.ScoringReport;
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
		String fallback, String coverLetter, List<String> suspectedJobLines) {

	/**
	 * The record of a result; the résumé's lines that read like instructions are named
	 * whichever tailor wrote it (the offline one sends nothing to a model, but the owner
	 * should know).
	 */
	static TailoringRecord of(TailoredResume tailored, List<ExportRecord> exports, ScoringReport report,
			String jobDescription, Extras extras) {
		List<Integer> suspected = tailored.suspectedInjections().isEmpty() ? report.lines()
			.stream()
			.filter((l) -> Injection.isSuspicious(l.text()) || report.instructionLines().contains(l.lineNumber()))
			.map(ScoringReport.Line::lineNumber)
			.toList() : tailored.suspectedInjections();
		List<String> jobLines = new java.util.ArrayList<>(Injection.suspiciousLines(jobDescription));
		report.jobInstructionLines().stream().filter((l) -> !jobLines.contains(l)).forEach(jobLines::add);
		return new TailoringRecord(tailored.tailor(), tailored.promptVersion(), tailored.provenance(), tailored.gaps(),
				tailored.removed(), suspected, tailored.usage(), exports, extras.hiddenText(), tailored.changes(),
				extras.original(), extras.unsupported(), tailored.fallback(), extras.coverLetter(),
				List.copyOf(jobLines));
	}

	/**
	 * What the result records beside the tailoring: the text hidden from readers, the
	 * résumé before tailoring, the lines of a candidate's edit the résumé does not
	 * support, and who wrote the cover letter.
	 */
	record Extras(List<String> hiddenText, String original, List<GroundingCheck.UnsupportedLine> unsupported,
			String coverLetter) {
	}

	/** A file rendered for download, and whether reading it back found every line. */
	record ExportRecord(String format, boolean roundTrip) {
	}

}
