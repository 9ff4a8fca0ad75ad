package io.tailor.worker.verification;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.tailor.worker.guardrails.Claims;
import io.tailor.worker.guardrails.SectionNames;
import io.tailor.worker.tailoring.MarkdownText;

/**
 * Every non-blank line of a tailored résumé must say exactly what some line of the
 * original says, Markdown decoration aside.
 */
public final class GroundingCheck {

	private GroundingCheck() {
	}

	/**
	 * The tailored lines naming something (an employer, title, date, number, tool…) that
	 * the source never states; empty when every claim is grounded. Applies to rephrased
	 * lines.
	 */
	public static List<String> unsupportedClaims(String tailoredMarkdown, String sourceText) {
		return unsupportedClaims(tailoredMarkdown, sourceText, List.of());
	}

	/**
	 * As {@link #unsupportedClaims(String, String)}, with {@code alsoStated} counted as
	 * the source's words: the job's names for skills the source names in other words.
	 */
	public static List<String> unsupportedClaims(String tailoredMarkdown, String sourceText, List<String> alsoStated) {
		String source = withAlso(sourceText, alsoStated);
		return tailoredMarkdown.lines()
			.filter((l) -> !l.isBlank())
			.filter((l) -> !(l.startsWith("#") && SectionNames.only(MarkdownText.content(l))))
			.filter((l) -> !Claims.unsupported(MarkdownText.content(l), source).isEmpty())
			.toList();
	}

	private static String withAlso(String sourceText, List<String> alsoStated) {
		return alsoStated.isEmpty() ? sourceText : sourceText + "\n" + String.join("\n", alsoStated);
	}

	/**
	 * Each line of a candidate's edit naming something the source (or {@code alsoStated})
	 * never states, with what it names: marked for the candidate to see, not removed.
	 */
	public static List<UnsupportedLine> marks(String editedMarkdown, String sourceText, List<String> alsoStated) {
		String source = withAlso(sourceText, alsoStated);
		return editedMarkdown.lines()
			.filter((l) -> !l.isBlank())
			.map((l) -> new UnsupportedLine(l, Claims.unsupported(MarkdownText.content(l), source)))
			.filter((u) -> !u.claims().isEmpty())
			.toList();
	}

	/**
	 * A line as the candidate wrote it and the claims in it no line of the résumé makes.
	 */
	public record UnsupportedLine(String text, List<String> claims) {
	}

	/**
	 * The tailored lines that no line of the source states word for word, Markdown aside;
	 * a line made of whole sentences of the source (a summary chosen sentence by
	 * sentence) is stated. Empty when all are.
	 */
	public static List<String> ungrounded(String tailoredMarkdown, String sourceText) {
		Set<String> source = sourceText.lines()
			.map(MarkdownText::content)
			.filter((l) -> !l.isEmpty())
			.collect(Collectors.toSet());
		Set<String> sentences = sentences(sourceText);
		return tailoredMarkdown.lines()
			.filter((l) -> !l.isBlank())
			.filter((l) -> !source.contains(MarkdownText.content(l))
					&& !sentences.containsAll(MarkdownText.sentences(MarkdownText.content(l))))
			.toList();
	}

	/** The sentences of the source's paragraphs (runs of plain lines, joined). */
	private static Set<String> sentences(String sourceText) {
		Set<String> sentences = new HashSet<>();
		StringBuilder paragraph = new StringBuilder();
		for (String line : (sourceText + "\n").lines().toList()) {
			boolean plain = !line.isBlank() && !line.strip().startsWith("#") && !MarkdownText.isBullet(line.strip());
			if (plain) {
				paragraph.append(paragraph.isEmpty() ? "" : " ").append(MarkdownText.content(line));
				continue;
			}
			sentences.addAll(MarkdownText.sentences(paragraph.toString()));
			paragraph.setLength(0);
		}
		sentences.addAll(MarkdownText.sentences(paragraph.toString()));
		return sentences;
	}

}
