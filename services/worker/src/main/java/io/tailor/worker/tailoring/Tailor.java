package io.tailor.worker.tailoring;

import io.tailor.worker.scoring.ScoringReport;

/** Rewrites a résumé for a job, as Markdown, from the résumé's own facts. */
public interface Tailor {

	/**
	 * @param report scoring's view of the résumé: its lines, their relevance, matched
	 * skills
	 */
	TailoredResume tailor(ScoringReport report, String jobDescription);

	/** How results and metrics name this tailor: "offline", "llm:openai". */
	default String name() {
		return "offline";
	}

}
