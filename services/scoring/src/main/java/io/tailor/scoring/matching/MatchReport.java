package io.tailor.scoring.matching;

import java.util.List;

import io.tailor.scoring.skills.SkillMatch;

/**
 * The explained match: the score, how it was computed (algorithm, model, the month
 * "present" meant), the years of dated experience found, the skills the résumé names
 * (span: the job's words), those it states in other words (span: the résumé line), those
 * it lacks, every requirement with its verdict and evidence, the relevance of every
 * résumé line, and the skills both name in different words.
 */
public record MatchReport(String algorithm, String model, String asOf, double experienceYears, int score,
		List<SkillMatch> matchedSkills, List<SkillMatch> paraphrasedSkills, List<SkillMatch> missingSkills,
		List<RequirementMatch> requirements, List<LineRelevance> lines, List<SkillWording> wordings,
		List<Integer> instructionLines, List<String> jobInstructionLines) {
}
