package io.tailor.scoring.matching;

import java.util.ArrayList;
import java.util.List;

import io.tailor.scoring.parsing.ResumeLine;
import io.tailor.scoring.skills.SkillMatch;

/**
 * Skills the job names that the résumé states in other words: for each concept skill (an
 * ESCO-style lowercase label such as "project management" or "patient care", never a
 * product name such as Kubernetes, which other words cannot prove) the résumé line most
 * similar to its label, when at least {@value #SIMILARITY} similar. The match's span is
 * that line, its confidence the similarity.
 */
final class Paraphrases {

	static final double SIMILARITY = 0.42;

	private Paraphrases() {
	}

	static boolean eligible(SkillMatch skill) {
		String label = skill.label();
		return !label.isEmpty() && Character.isLowerCase(label.codePointAt(0))
				&& skill.kind() != io.tailor.scoring.skills.Skill.Kind.CERTIFICATION;
	}

	/**
	 * @param similarity per concept, per candidate line
	 * @param lineStarts the offset in the résumé of each line, by line number
	 */
	static List<SkillMatch> find(List<SkillMatch> concepts, double[][] similarity, List<ResumeLine> candidates,
			int[] lineStarts) {
		List<SkillMatch> found = new ArrayList<>();
		for (int s = 0; s < concepts.size(); s++) {
			int best = -1;
			for (int c = 0; c < candidates.size(); c++) {
				if (best < 0 || similarity[s][c] > similarity[s][best]) {
					best = c;
				}
			}
			if (best >= 0 && similarity[s][best] >= SIMILARITY) {
				ResumeLine line = candidates.get(best);
				int start = lineStarts[line.number() - 1];
				SkillMatch skill = concepts.get(s);
				found.add(new SkillMatch(skill.id(), skill.label(), line.text(), start, start + line.text().length(),
						similarity[s][best], SkillMatch.PARAPHRASE, skill.kind()));
			}
		}
		return found;
	}

}
