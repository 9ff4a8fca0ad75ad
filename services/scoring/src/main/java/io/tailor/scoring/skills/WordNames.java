package io.tailor.scoring.skills;

import java.util.Locale;

/**
 * The rules for names that are also ordinary words: an acronym that spells a word or is
 * three letters at most (ETC, DEM, NEC) counts only in its own capitals; a product or
 * proper name that is one ordinary word (Exchange, Mechanical, Act!) counts only written
 * capitalised inside a sentence, not as its first word.
 */
final class WordNames {

	private static final String SENTENCE_OPENERS = ".!?:;•*-–—(\"'|";

	private WordNames() {
	}

	static boolean caseSensitive(String written, CommonWords words) {
		String letters = written.replaceAll("[^\\p{L}]", "");
		if (letters.length() < 2 || !letters.equals(letters.toUpperCase(Locale.ROOT))) {
			return false;
		}
		return letters.length() <= 3 || words.ordinary(letters) || words.stopword(letters);
	}

	static boolean wordLike(SkillDictionary.Name name, CommonWords words) {
		if (name.tokens().size() != 1 || name.skill().kind() == Skill.Kind.LANGUAGE) {
			return false;
		}
		String label = name.skill().label();
		return !label.isEmpty() && Character.isUpperCase(label.codePointAt(0))
				&& words.ordinary(name.tokens().get(0).replaceAll("[^\\p{L}]", ""));
	}

	static boolean usedAsName(String line, int start, String span) {
		return Character.isUpperCase(span.codePointAt(0)) && !sentenceStart(line, start);
	}

	private static boolean sentenceStart(String line, int start) {
		String before = line.substring(0, start).stripTrailing();
		return before.isEmpty() || SENTENCE_OPENERS.indexOf(before.charAt(before.length() - 1)) >= 0
				|| before.matches(".*\\d[.)]");
	}

}
