package io.tailor.scoring.matching;

import java.util.List;

import io.tailor.scoring.skills.SkillMatch;

/**
 * One thing the job asks for: the line as written, whether it is a must-have, the years
 * of experience and degree it names, and the skills in it.
 */
public record Requirement(String text, Importance importance, Integer years, String degree, List<SkillMatch> skills) {

	/** How much a requirement weighs in the score. */
	public enum Importance {

		MUST(2), NICE(1);

		private final int weight;

		Importance(int weight) {
			this.weight = weight;
		}

		public int weight() {
			return this.weight;
		}

	}

}
