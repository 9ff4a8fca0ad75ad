package io.tailor.scoring.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.tailor.scoring.parsing.ResumeLine;
import io.tailor.scoring.skills.CommonWords;

/**
 * How much of a requirement's wording the résumé states in the same terms: the weighted
 * share of the requirement's {@link Terms} that occur in some résumé line, each shared
 * term with its weight and the first line that has it.
 */
public record TermCoverage(double share, List<SharedTerm> shared) {

	/**
	 * A term of the requirement found in the résumé, its weight, and the line it is on.
	 */
	public record SharedTerm(String term, double weight, int lineNumber) {
	}

	static TermCoverage of(String requirement, List<ResumeLine> lines, List<Set<String>> lineTerms, CommonWords words,
			TextLanguage language) {
		double possible = 0;
		double found = 0;
		List<SharedTerm> shared = new ArrayList<>();
		for (Map.Entry<String, Double> entry : Terms.weighted(requirement, words, language).entrySet()) {
			String term = entry.getKey();
			double weight = entry.getValue();
			possible += weight;
			for (int l = 0; l < lines.size(); l++) {
				if (lineTerms.get(l).contains(term)) {
					found += weight;
					shared.add(new SharedTerm(term, weight, lines.get(l).number()));
					break;
				}
			}
		}
		return new TermCoverage((possible == 0) ? 0 : round(found / possible), List.copyOf(shared));
	}

	private static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

}
