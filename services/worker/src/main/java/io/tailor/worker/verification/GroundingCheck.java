package io.tailor.worker.verification;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.tailor.worker.guardrails.Claims;
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
		return tailoredMarkdown.lines()
			.filter((l) -> !l.isBlank())
			.filter((l) -> !Claims.unsupported(MarkdownText.content(l), sourceText).isEmpty())
			.toList();
	}

	/**
	 * The tailored lines that no line of the source states word for word; empty when all
	 * do.
	 */
	public static List<String> ungrounded(String tailoredMarkdown, String sourceText) {
		Set<String> source = sourceText.lines()
			.map(MarkdownText::content)
			.filter((l) -> !l.isEmpty())
			.collect(Collectors.toSet());
		return tailoredMarkdown.lines()
			.filter((l) -> !l.isBlank())
			.filter((l) -> !source.contains(MarkdownText.content(l)))
			.toList();
	}

}
