package io.tailor.contract;

import java.util.List;

/**
 * How a result was tailored, as the worker recorded it: the tailor and prompt version,
 * the source lines behind each line, the gaps that cannot be closed truthfully, the
 * claims removed as unsupported, the résumé and job-description lines that read as
 * instructions to a model, the tokens spent, the exports and whether each read back
 * whole, the text hidden from readers, each change and its reason, the résumé before
 * tailoring, a revision's lines the résumé does not support, why an earlier tailor of the
 * chain did not write it, and who wrote the cover letter. Results tailored before a list
 * existed read it as empty, and the other fields as {@code null}.
 */
public record Tailoring(String tailor, String promptVersion, List<Provenance> provenance, List<String> gaps,
		List<RemovedClaim> removedClaims, List<Integer> suspectedInjectionLines, TokenUsage usage,
		List<ExportCheck> exports, List<String> hiddenText, List<Change> changes, String original,
		List<UnsupportedLine> unsupported, String fallback, String coverLetter, List<String> suspectedJobLines) {

	public Tailoring {
		provenance = Stored.orNone(provenance);
		gaps = Stored.orNone(gaps);
		removedClaims = Stored.orNone(removedClaims);
		suspectedInjectionLines = Stored.orNone(suspectedInjectionLines);
		exports = Stored.orNone(exports);
		hiddenText = Stored.orNone(hiddenText);
		changes = Stored.orNone(changes);
		unsupported = Stored.orNone(unsupported);
		suspectedJobLines = Stored.orNone(suspectedJobLines);
	}

	/** A line of the tailored résumé and the numbers of the résumé lines it rests on. */
	public record Provenance(String text, List<Integer> sources) {

		public Provenance {
			sources = Stored.orNone(sources);
		}

	}

	/**
	 * A line the tailor wrote that was dropped, with the claims no source line supports.
	 */
	public record RemovedClaim(String text, List<String> unsupported) {

		public RemovedClaim {
			unsupported = Stored.orNone(unsupported);
		}

	}

	/** Tokens sent and received, by which model, and what they are estimated to cost. */
	public record TokenUsage(String model, int inputTokens, int outputTokens, double estimatedCostUsd) {
	}

	/** A file rendered for download, and whether reading it back found every line. */
	public record ExportCheck(ExportFormat format, boolean roundTrip) {
	}

	/**
	 * What the tailor changed and why: {@code kind} "moved up" or "reordered" (what: a
	 * section's heading), "left out" (what: the line) or "worded as the job" (what: "the
	 * résumé's words → the job's"); section is the heading concerned, {@code null} in
	 * results from before it was recorded.
	 */
	public record Change(String kind, String what, String reason, String section) {
	}

	/** A line of a candidate's edit that the résumé does not support, and its claims. */
	public record UnsupportedLine(String text, List<String> claims) {

		public UnsupportedLine {
			claims = Stored.orNone(claims);
		}

	}

}
