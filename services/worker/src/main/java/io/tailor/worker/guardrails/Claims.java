package io.tailor.worker.guardrails;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checkable claims of a line, and which of them the résumé does not state: numbers,
 * and names (capitalised words after the first, acronyms, tool names such as C++ or .NET,
 * codes such as AZ-204), degrees in any case and, against an English source, lower-case
 * words of four letters or more that are no ordinary English word ("globex", "golang").
 * Employers, titles, dates, degrees, certifications and skills are names or numbers, so
 * none of them can appear unless the source has them, however they are written.
 */
public final class Claims {

	private static final Pattern TOKEN = Pattern
		.compile("\\[[A-Z]+(?:_\\d+)?]|\\.?[\\p{L}\\p{N}]++(?:[.\\-/+#][\\p{L}\\p{N}+#]*+){0,24}");

	private static final Set<String> COMMON = Set.of("i", "a", "an", "the", "and", "or", "of", "in", "on", "at", "to",
			"for", "with", "by", "from", "as", "summary", "skills", "experience", "education", "projects",
			"certifications", "languages", "profile", "present", "current");

	/** Degrees are claims however they are written ("a master's degree"). */
	private static final Pattern DEGREE = Pattern.compile(
			"(?i)\\b(?:master|bachelor|associate)(?:'|’)?s?\\s+(?:degree|of|in)\\b|\\b(?:phd|doctorate|mba|msc|bsc)\\b");

	private Claims() {
	}

	/** The claims in {@code line} that no word of {@code source} backs, in order. */
	public static List<String> unsupported(String line, String source) {
		Set<String> known = words(source);
		Set<String> missing = new LinkedHashSet<>();
		Matcher degree = DEGREE.matcher(line);
		while (degree.find()) {
			String word = degree.group().split("[\\s'’]")[0].toLowerCase(Locale.ROOT);
			if (!known.contains(word) && !known.contains(word + "s")) {
				missing.add(degree.group());
			}
		}
		List<String> tokens = tokens(line);
		boolean english = EnglishWords.english(known);
		for (int i = 0; i < tokens.size(); i++) {
			String token = tokens.get(i);
			boolean term = !isClaim(token, i == 0) && english && isTerm(token);
			if ((isClaim(token, i == 0) || term) && !known.contains(normalize(token))
					&& !(term && EnglishWords.forms(token).stream().anyMatch(known::contains))) {
				missing.add(token);
			}
		}
		return List.copyOf(missing);
	}

	private static boolean isClaim(String token, boolean first) {
		if (token.startsWith("[") || COMMON.contains(token.toLowerCase(Locale.ROOT))) {
			return false;
		}
		boolean digits = token.chars().anyMatch(Character::isDigit);
		boolean symbols = token.chars().anyMatch((c) -> "+#./-".indexOf(c) >= 0);
		boolean capitalised = Character.isUpperCase(token.codePointAt(0));
		boolean acronym = token.length() > 1 && token.equals(token.toUpperCase(Locale.ROOT)) && !digits;
		boolean innerCapital = token.substring(1).chars().anyMatch(Character::isUpperCase);
		return digits || symbols || acronym || innerCapital || (capitalised && !first);
	}

	/**
	 * A lower-case word (of unaccented letters: the list has none with accents) no
	 * English dictionary has: a name or a term written small.
	 */
	private static boolean isTerm(String token) {
		return token.length() >= 4 && token.chars().allMatch((c) -> c >= 'a' && c <= 'z')
				&& !EnglishWords.contains(token);
	}

	private static Set<String> words(String text) {
		Set<String> words = new HashSet<>();
		for (String token : tokens(text)) {
			words.add(normalize(token));
			for (String part : token.split("[.\\-/]")) {
				words.add(normalize(part));
			}
		}
		return words;
	}

	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			tokens.add(matcher.group().replaceAll("[.]+$", ""));
		}
		tokens.removeIf(String::isEmpty);
		return tokens;
	}

	private static String normalize(String token) {
		return token.toLowerCase(Locale.ROOT).replace(",", "");
	}

}
