package io.tailor.worker.scoring;

import java.util.List;

import io.tailor.contract.MatchReport.Section;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The parts of scoring's match report the worker acts on; {@code json} is the whole
 * report as received, stored with the result. {@code instructionLines} are the résumé's
 * line numbers and {@code jobInstructionLines} the job description's lines that read as
 * instructions to a model by meaning.
 */
public record ScoringReport(String json, int score, List<Line> lines, List<Skill> matchedSkills,
		List<Skill> missingSkills, double experienceYears, List<Wording> wordings, List<Integer> instructionLines,
		List<String> jobInstructionLines) {

	public ScoringReport(String json, int score, List<Line> lines, List<Skill> matchedSkills, List<Skill> missingSkills,
			double experienceYears, List<Wording> wordings) {
		this(json, score, lines, matchedSkills, missingSkills, experienceYears, wordings, List.of(), List.of());
	}

	public ScoringReport(String json, int score, List<Line> lines, List<Skill> matchedSkills,
			List<Skill> missingSkills) {
		this(json, score, lines, matchedSkills, missingSkills, 0);
	}

	public ScoringReport(String json, int score, List<Line> lines, List<Skill> matchedSkills, List<Skill> missingSkills,
			double experienceYears) {
		this(json, score, lines, matchedSkills, missingSkills, experienceYears, List.of());
	}

	/**
	 * A résumé line with its section ({@code UNKNOWN}: one a newer scoring names) and its
	 * relevance to the job.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Line(int lineNumber, String text, Section section, boolean heading, double relevance) {
	}

	/**
	 * A skill the job asks for and the résumé has, with the span as the job writes it.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Skill(String id, String label, String span) {
	}

	/**
	 * A skill both name in different words: {@code job} as the job writes it,
	 * {@code resume} as the résumé does.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Wording(String id, String label, String job, String resume) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Wire(int score, List<Line> lines, List<Skill> matchedSkills, List<Skill> missingSkills,
			Double experienceYears, List<Wording> wordings, List<Integer> instructionLines,
			List<String> jobInstructionLines) {
	}

}
