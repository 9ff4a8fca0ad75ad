package io.tailor.scoring.skills;

/**
 * A skill found in a text: the span that matched, its offsets, and how sure the match is.
 */
public record SkillMatch(String id, String label, String span, int start, int end, double confidence) {
}
