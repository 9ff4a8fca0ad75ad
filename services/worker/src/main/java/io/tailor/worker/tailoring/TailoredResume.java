package io.tailor.worker.tailoring;

import java.util.ArrayList;
import java.util.List;

/**
 * A tailored résumé and how it came about: which tailor and prompt version wrote it, the
 * source lines behind each of its lines, the gaps that cannot be closed truthfully, the
 * claims removed because the résumé does not support them, résumé lines kept out of the
 * prompt as suspected instructions, the tokens spent, each change made to the résumé with
 * its reason, and why an earlier tailor of the chain did not write it (null when none was
 * skipped).
 */
public record TailoredResume(String markdown, String tailor, String promptVersion, List<Provenance> provenance,
		List<String> gaps, List<RemovedClaim> removed, List<Integer> suspectedInjections, TokenUsage usage,
		List<Change> changes, String fallback) {

	public TailoredResume(String markdown, String tailor, String promptVersion, List<Provenance> provenance,
			List<String> gaps, List<RemovedClaim> removed, List<Integer> suspectedInjections, TokenUsage usage,
			List<Change> changes) {
		this(markdown, tailor, promptVersion, provenance, gaps, removed, suspectedInjections, usage, changes, null);
	}

	public TailoredResume(String markdown, String tailor, String promptVersion, List<Provenance> provenance,
			List<String> gaps, List<RemovedClaim> removed, List<Integer> suspectedInjections, TokenUsage usage) {
		this(markdown, tailor, promptVersion, provenance, gaps, removed, suspectedInjections, usage, List.of());
	}

	/**
	 * This result, made by a later tailor of the chain because the ones before it could
	 * not answer.
	 */
	public TailoredResume withFallback(String reason) {
		return new TailoredResume(this.markdown, this.tailor, this.promptVersion, this.provenance, this.gaps,
				this.removed, this.suspectedInjections, this.usage, this.changes, reason);
	}

	/**
	 * This result, made by a later tailor of the chain because an earlier one gave no
	 * usable answer, charged with the tokens that answer cost.
	 */
	public TailoredResume withFallback(String reason, TokenUsage spent) {
		return new TailoredResume(this.markdown, this.tailor, this.promptVersion, this.provenance, this.gaps,
				this.removed, this.suspectedInjections, spent, this.changes, reason);
	}

	/**
	 * This result with fewer lines: the Markdown and provenance kept, and the changes
	 * that say which lines left and why.
	 */
	public TailoredResume without(String markdown, List<Provenance> provenance, List<Change> added) {
		List<Change> all = new ArrayList<>(this.changes);
		all.addAll(added);
		return new TailoredResume(markdown, this.tailor, this.promptVersion, provenance, this.gaps, this.removed,
				this.suspectedInjections, this.usage, List.copyOf(all), this.fallback);
	}

	/**
	 * The candidate's own edit of a result: nothing tailored, nothing spent; the gaps
	 * stay those of the match.
	 */
	public static TailoredResume byCandidate(String markdown, List<String> gaps) {
		return new TailoredResume(markdown, "candidate", null, List.of(), gaps, List.of(), List.of(), TokenUsage.NONE,
				List.of());
	}

	/**
	 * What the tailor changed and why, in words: a section "moved up" or "reordered"
	 * (what is its heading) or a line "left out" (what is its text); section is the
	 * heading of the section concerned, as the Markdown writes it.
	 */
	public record Change(String kind, String what, String reason, String section) {
	}

	/** A line of the tailored résumé and the numbers of the résumé lines it rests on. */
	public record Provenance(String text, List<Integer> sources) {
	}

	/**
	 * A line the tailor wrote that was dropped, with the claims no source line supports.
	 */
	public record RemovedClaim(String text, List<String> unsupported) {
	}

	/** Tokens sent and received, by which model, and what they are estimated to cost. */
	public record TokenUsage(String model, int inputTokens, int outputTokens, double estimatedCostUsd) {

		public static final TokenUsage NONE = new TokenUsage(null, 0, 0, 0);

		/** This and {@code more} together, named for the later model. */
		public TokenUsage plus(TokenUsage more) {
			return new TokenUsage((more.model() != null) ? more.model() : this.model,
					this.inputTokens + more.inputTokens(), this.outputTokens + more.outputTokens(),
					this.estimatedCostUsd + more.estimatedCostUsd());
		}

	}

}
