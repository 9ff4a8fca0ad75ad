package io.tailor.scoring.parsing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A guess at a text's language from its function words, enough to tell the caller that
 * headings and skills (matched in English) may be missed. {@code und} when too few words
 * decide.
 */
public final class Language {

	private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of("en",
			Set.of("the", "and", "of", "in", "to", "with", "for", "a", "on", "as", "by", "from", "at", "an", "my"),
			"de",
			Set.of("und", "der", "die", "das", "mit", "für", "von", "im", "zu", "bei", "ein", "eine", "auf", "den"),
			"fr", Set.of("et", "le", "la", "les", "des", "avec", "pour", "du", "dans", "un", "une", "au", "aux", "sur"),
			"es", Set.of("y", "el", "los", "las", "con", "para", "del", "en", "una", "por", "al", "como"), "nl",
			Set.of("en", "het", "de", "van", "met", "voor", "een", "bij", "op", "naar"));

	/** English first, so that it wins ties. */
	private static final List<String> ORDER = List.of("en", "de", "es", "fr", "nl");

	private static final int MIN_HITS = 3;

	private Language() {
	}

	public static String guess(String text) {
		String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
		String best = "und";
		int bestHits = 0;
		for (String language : ORDER) {
			int hits = 0;
			for (String word : words) {
				hits += FUNCTION_WORDS.get(language).contains(word) ? 1 : 0;
			}
			if (hits > bestHits) {
				best = language;
				bestHits = hits;
			}
		}
		return (bestHits >= MIN_HITS) ? best : "und";
	}

}
