package io.tailor.scoring.skills;

import java.util.List;

/**
 * A dictionary entry: canonical id (ESCO URI, {@code onet:<name>} or
 * {@code tailor:<name>}), label, aliases, whether its names are common words that need
 * context to count, and its kind.
 */
public record Skill(String id, String label, List<String> aliases, String source, boolean ambiguous, Kind kind) {

	public Skill(String id, String label, List<String> aliases, String source, boolean ambiguous) {
		this(id, label, aliases, source, ambiguous, source.contains("onet") ? Kind.TOOL : Kind.KNOWLEDGE);
	}

	/**
	 * What sort of skill: a tool or technology, knowledge or a competence, a
	 * certification or licence, a language, or a soft skill (never a gap headline).
	 */
	public enum Kind {

		TOOL, KNOWLEDGE, CERTIFICATION, LANGUAGE, SOFT;

		/** From the dictionary's source and category columns. */
		static Kind of(String source, String category) {
			String c = category.toLowerCase(java.util.Locale.ROOT);
			if (c.equals("certification")) {
				return CERTIFICATION;
			}
			if (c.equals("transversal skills")) {
				return SOFT;
			}
			if (c.contains("languages")) {
				return LANGUAGE;
			}
			return (source.contains("onet") || c.endsWith("software")) ? TOOL : KNOWLEDGE;
		}

	}

}
