package io.tailor.worker.guardrails;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises text that tries to instruct a language model, and removes the invisible
 * characters used to smuggle it (zero-width characters, Unicode tag characters).
 */
public final class Injection {

	private static final List<Pattern> SUSPICIOUS = List.of(Pattern.compile(
			"(?iU)\\b(ignore|disregard|forget|override)\\b.{0,40}\\b(instructions?|prompts?|rules|above|previous|prior"
					+ "|job description|résumé|resume)\\b"),
			Pattern.compile("(?i)\\bnote to (the |any )?(ai|llm|model|assistant|bot|automated|reviewer|screener)\\b"),
			Pattern.compile("(?i)\\b(describe|present|rank|rate|call) (this|the) (candidate|applicant) as\\b"),
			Pattern.compile("(?i)\\byou are (now|no longer)\\b"),
			Pattern.compile("(?i)^\\W*(system|assistant|developer)\\s*:"),
			Pattern.compile("(?i)</?\\s*(system|assistant|instructions?|prompt)\\s*>"),
			Pattern.compile("(?i)\\b(rate|score) (this|the) (candidate|applicant|résumé|resume)\\b"),
			Pattern.compile("(?i)\\b(start|begin|end) your (answer|response|reply) with\\b"),
			Pattern.compile("(?i)\\b(reveal|print|repeat|show) (your|the) (system )?(prompt|instructions)\\b"),
			Pattern.compile("(?i)\\bif you are (an? )?(ai|llm|language model|bot)\\b"));

	private static final Pattern INVISIBLE = Pattern
		.compile("[\\u200B-\\u200F\\u2060-\\u2064\\uFEFF\\x{E0000}-\\x{E007F}]");

	private Injection() {
	}

	public static boolean isSuspicious(String text) {
		String visible = withoutInvisible(text);
		return SUSPICIOUS.stream().anyMatch((p) -> p.matcher(visible).find());
	}

	/** The lines of {@code text} that read like instructions, as written. */
	public static List<String> suspiciousLines(String text) {
		return text.lines().map(String::strip).filter((l) -> !l.isEmpty() && isSuspicious(l)).toList();
	}

	public static String withoutInvisible(String text) {
		return INVISIBLE.matcher(text).replaceAll("");
	}

}
