package io.tailor.scoring.skills;

/**
 * A skill found in a text: the span that matched, its offsets, how sure the match is, and
 * how it was found: {@code label} (the skill's own name), {@code alias} (another of its
 * names), {@code context} (a short name that is also a common word, accepted because of
 * what surrounds it) or {@code paraphrase} (a line that means it, by embedding
 * similarity; the span is that line and the confidence the similarity) or {@code tagged}
 * (knowledge the dictionary does not know, marked by the {@link SpanTagger}; its id is
 * {@code span:} and its words), and the skill's kind.
 */
public record SkillMatch(String id, String label, String span, int start, int end, double confidence, String method,
		Skill.Kind kind) {

	public static final String PARAPHRASE = "paraphrase";

	public static final String TAGGED = "tagged";

	/**
	 * Whether only the span tagger found it: such a skill counts for a match when both
	 * texts name it, never as one the résumé lacks.
	 */
	public boolean tagged() {
		return TAGGED.equals(this.method);
	}

}
