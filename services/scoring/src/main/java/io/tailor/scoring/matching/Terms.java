package io.tailor.scoring.matching;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tailor.scoring.skills.CommonWords;

/**
 * The content terms of a text, for exact-term evidence: words of letters and digits
 * (keeping C++, C#, .NET, CI/CD whole), lower-cased, without function words and single
 * characters; in English with a plural "s" taken off, in German, French and Spanish
 * reduced to their stem. A term that is not an ordinary word (an acronym, a product, a
 * trade's jargon: CLABSI, CRRT, QuickBooks, HACCP) weighs {@value #RARE_WEIGHT}, any
 * other 1: in English, a word outside the English word list; in the other languages, a
 * word written with two capitals or more, or with a digit or symbol.
 */
final class Terms {

	static final double RARE_WEIGHT = 2.5;

	private static final Pattern WORD = Pattern.compile("\\.?[\\p{L}\\p{N}]+(?:[./\\-][\\p{L}\\p{N}]+)*[+#]*");

	private static final Pattern MARKED = Pattern.compile(".*\\p{Lu}.*\\p{Lu}.*|.*[\\p{N}+#./].*");

	private Terms() {
	}

	static Set<String> of(String text, CommonWords words) {
		return weighted(text, words, TextLanguage.ENGLISH).keySet();
	}

	static Set<String> of(String text, CommonWords words, TextLanguage language) {
		return weighted(text, words, language).keySet();
	}

	/** Each term of the text, in order, with its weight. */
	static Map<String, Double> weighted(String text, CommonWords words, TextLanguage language) {
		Map<String, Double> terms = new LinkedHashMap<>();
		Matcher m = WORD.matcher(text);
		while (m.find()) {
			String lower = m.group().toLowerCase(Locale.ROOT);
			if (lower.length() <= 1 || words.stopword(lower) || language.stopword(lower)
					|| lower.chars().allMatch(Character::isDigit)) {
				continue;
			}
			String term = (language == TextLanguage.ENGLISH) ? plural(lower) : language.stem(lower);
			terms.merge(term, weight(m.group(), term, words, language), Math::max);
		}
		return terms;
	}

	private static double weight(String written, String term, CommonWords words, TextLanguage language) {
		if (language == TextLanguage.ENGLISH) {
			return words.ordinary(term) ? 1 : RARE_WEIGHT;
		}
		return MARKED.matcher(written).matches() ? RARE_WEIGHT : 1;
	}

	private static String plural(String lower) {
		if (lower.length() > 4 && lower.endsWith("ies")) {
			return lower.substring(0, lower.length() - 3) + "y";
		}
		if (lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
				&& !lower.endsWith("is")) {
			return lower.substring(0, lower.length() - 1);
		}
		return lower;
	}

}
