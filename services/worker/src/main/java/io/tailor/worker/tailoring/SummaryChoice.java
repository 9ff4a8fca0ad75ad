package io.tailor.worker.tailoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The summary chosen for a job from the résumé's own sentences: those that use more of
 * the job description's words (of five letters or more, or acronyms such as ICU) come
 * first, and at most {@value #MAX_SENTENCES} are kept. The sentences are the résumé's,
 * word for word.
 */
final class SummaryChoice {

	static final int MAX_SENTENCES = 3;

	private static final Pattern TERM = Pattern.compile("\\b(?:\\p{Lu}{2,}\\d*|\\p{L}{5,})\\b");

	private SummaryChoice() {
	}

	/**
	 * The summary's lines or sentences in the order kept, those left out, and whether
	 * they stay lines of their own.
	 */
	record Choice(List<String> kept, List<String> leftOut, boolean reordered, boolean asLines) {
	}

	static Choice choose(List<String> lines, String jobDescription) {
		boolean asLines = lines.size() > 1 && lines.stream()
			.allMatch((l) -> l.strip().matches(".*[.!?]$") && MarkdownText.sentences(l).size() == 1);
		List<String> sentences = asLines ? lines.stream().map(String::strip).toList()
				: MarkdownText.sentences(String.join(" ", lines.stream().map(String::strip).toList()));
		Set<String> asked = terms(jobDescription);
		List<String> ranked = sentences.stream()
			.sorted(Comparator.comparingLong((String s) -> -overlap(s, asked)))
			.toList();
		if (sentences.size() < 2 || overlap(ranked.get(0), asked) == 0) {
			return new Choice(sentences, List.of(), false, asLines);
		}
		List<String> kept = ranked.subList(0, Math.min(MAX_SENTENCES, ranked.size()));
		return new Choice(List.copyOf(kept), List.copyOf(ranked.subList(kept.size(), ranked.size())),
				!kept.equals(sentences.subList(0, kept.size())), asLines);
	}

	private static long overlap(String sentence, Set<String> asked) {
		return terms(sentence).stream().filter(asked::contains).count();
	}

	private static Set<String> terms(String text) {
		Set<String> terms = new HashSet<>();
		Matcher m = TERM.matcher(text);
		while (m.find()) {
			terms.add(m.group().toLowerCase(Locale.ROOT));
		}
		return terms;
	}

}
