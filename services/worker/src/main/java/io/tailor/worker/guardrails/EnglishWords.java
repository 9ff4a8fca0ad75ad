package io.tailor.worker.guardrails;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
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
			"generalist", "upskilling", "upskilled", "upskill", "onboarded", "scalable", "scalability", "uptime",
			"downtime", "codebase", "codebases", "microservice", "microservices", "dataset", "datasets", "roadmap",
			"roadmaps", "runbook", "runbooks", "failover", "autoscaling", "toolchain", "deliverables", "analytics");

	/**
	 * British spellings and their American forms, which the list has: "organisation",
	 * "centre".
	 */
	private static final List<String[]> BRITISH = List.of(new String[] { "isation", "ization" },
			new String[] { "ise", "ize" }, new String[] { "ised", "ized" }, new String[] { "ising", "izing" },
			new String[] { "yse", "yze" }, new String[] { "ysed", "yzed" }, new String[] { "ysing", "yzing" },
			new String[] { "our", "or" }, new String[] { "ours", "ors" }, new String[] { "tre", "ter" },
			new String[] { "tres", "ters" }, new String[] { "lled", "led" }, new String[] { "lling", "ling" },
			new String[] { "ogue", "og" }, new String[] { "ence", "ense" });

	private static final Set<String> WORDS = read("skills/ordinary-words.txt");

	/**
	 * Below this share of a text's lower-case words, the text is not taken for English.
	 */
	private static final double ENGLISH = 0.6;

	private EnglishWords() {
	}

	static boolean contains(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		return WORDS.contains(lower) || WORKPLACE.contains(lower)
				|| BRITISH.stream()
					.anyMatch((b) -> lower.endsWith(b[0])
							&& WORDS.contains(lower.substring(0, lower.length() - b[0].length()) + b[1]));
	}

	/**
	 * The forms a word may take beside itself, for finding it in another text: without a
	 * plural or past ending, with a plural one ("microservices" for "microservice").
	 */
	static List<String> forms(String word) {
		List<String> forms = new java.util.ArrayList<>(List.of(word + "s", word + "es"));
		for (String ending : List.of("ies", "es", "s", "ed", "d", "ing")) {
			if (word.length() > ending.length() + 2 && word.endsWith(ending)) {
				String stem = word.substring(0, word.length() - ending.length());
				forms.add(ending.equals("ies") ? stem + "y" : stem);
				forms.add(stem + "e");
			}
		}
		return forms;
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
