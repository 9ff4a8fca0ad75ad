package io.tailor.scoring.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tailor.scoring.skills.CommonWords;
import io.tailor.scoring.skills.Skill;
import io.tailor.scoring.skills.SkillExtractor;
import io.tailor.scoring.skills.SkillMatch;

/**
 * Ordinary words taken for products in public occupation texts (50 O*NET descriptions
 * across every major group): a found skill counts as a hit when its matched words are all
 * ordinary English words written in lower case and the skill is a tool (a product), or
 * when they are a function word. Each hit is printed.
 */
final class OrdinaryWords {

	private OrdinaryWords() {
	}

	static Map<String, Object> check(Path texts, SkillExtractor extractor) throws IOException {
		CommonWords words = CommonWords.shipped();
		int found = 0;
		int hits = 0;
		List<String> rows = Files.readAllLines(texts).stream().filter((l) -> !l.startsWith("#")).skip(1).toList();
		for (String row : rows) {
			String[] f = row.split("\t");
			for (SkillMatch m : extractor.extract(f[2])) {
				found++;
				if (isHit(m, words)) {
					hits++;
					System.out.printf("  ordinary word taken for a skill: \"%s\" -> %s (%s)%n", m.span(), m.label(),
							f[1]);
				}
			}
		}
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("occupations.texts", rows.size());
		figures.put("occupations.skillsFound", found);
		figures.put("occupations.ordinaryWordHits", hits);
		System.out.printf("%n== ordinary words in %d O*NET occupation texts: %d of %d skills found%n", rows.size(),
				hits, found);
		return figures;
	}

	private static boolean isHit(SkillMatch m, CommonWords words) {
		String[] tokens = m.span().split("[^\\p{L}]+");
		boolean allOrdinary = tokens.length > 0 && java.util.Arrays.stream(tokens)
			.allMatch((t) -> t.isEmpty() || (t.equals(t.toLowerCase(java.util.Locale.ROOT)) && words.ordinary(t)));
		boolean function = tokens.length == 1 && words.stopword(tokens[0]);
		return (allOrdinary && m.kind() == Skill.Kind.TOOL) || function;
	}

}
