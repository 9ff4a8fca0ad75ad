package io.tailor.scoring.matching;

import java.util.List;

import io.tailor.scoring.skills.SkillMatch;

/**
 * One requirement, the verdict on it, the skills it names that the résumé lacks,
 * evidence, and the years and degree checks that changed or confirmed the verdict.
 */
public record RequirementMatch(Requirement requirement, Verdict verdict, List<SkillMatch> missingSkills,
		List<Evidence> evidence, List<String> checks) {
}
