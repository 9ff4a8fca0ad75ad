package io.tailor.scoring.matching;

import java.util.List;

import io.tailor.scoring.skills.SkillMatch;

/**
 * One requirement, the verdict on it, the skills it names that the résumé lacks, evidence
 * (the most similar lines), the requirement's terms the résumé shares with it, and the
 * years and degree checks that changed or confirmed the verdict.
 */
public record RequirementMatch(Requirement requirement, Verdict verdict, List<SkillMatch> missingSkills,
		List<Evidence> evidence, TermCoverage terms, List<String> checks) {
}
