package io.tailor.worker.tailoring;

import io.tailor.worker.scoring.ScoringReport;

/** Writes the cover letter that goes with a tailored résumé, from the same facts. */
public interface CoverLetterWriter {

	Letter write(ScoringReport report, String tailoredMarkdown, String jobDescription);

	/**
	 * The letter as Markdown, who wrote it ({@code offline} or {@code llm:<provider>})
	 * and the tokens it took.
	 */
	record Letter(String markdown, String writer, TailoredResume.TokenUsage usage) {
	}

	/** The template letter of {@link CoverLetter}: no model, nothing spent. */
	static CoverLetterWriter offline() {
		return (report, markdown, job) -> new Letter(CoverLetter.write(report.json(), markdown, job), "offline",
				TailoredResume.TokenUsage.NONE);
	}

}
