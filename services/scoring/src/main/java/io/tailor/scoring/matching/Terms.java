package io.tailor.scoring.matching;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tailor.scoring.skills.CommonWords;

/**
 * The content terms of a text, for exact-term evidence: words of letters and digits
 * (keeping C++, C#, .NET, CI/CD whole), lower-cased, without function words and single
 * characters, with a plural "s" taken off; a term that is not an ordinary English word
 * (an acronym, a product, a trade's jargon: CLABSI, CRRT, QuickBooks) weighs
 * {@value #RARE_WEIGHT}, any other 1.
 */
final class Terms {

	static final double RARE_WEIGHT = 2.5;

	private static final Pattern WORD = Pattern.compile("\\.?[\\p{L}\\p{N}]+(?:[./\\-][\\p{L}\\p{N}]+)*[+#]*");

	private Terms() {
	}

	static Set<String> of(String text, CommonWords words) {
		Set<String> terms = new LinkedHashSet<>();
		Matcher m = WORD.matcher(text);
		while (m.find()) {
			String term = normalise(m.group());
			if (term.length() > 1 && !words.stopword(term) && !term.chars().allMatch(Character::isDigit)) {
				terms.add(term);
			}
		}
		return terms;
	}

	static double weight(String term, CommonWords words) {
		return words.ordinary(term) ? 1 : RARE_WEIGHT;
	}

	private static String normalise(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
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
