package io.tailor.worker.tailoring;

import java.util.List;
import java.util.regex.Pattern;

/** The content of a résumé line without its Markdown or bullet decoration. */
public final class MarkdownText {

	private static final Pattern BULLET = Pattern.compile("^(?:[-*+•▪◦‣●]|\\d{1,2}[.)])\\s+");

	private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");

	/**
	 * Between sentences: closing punctuation, space, and a capital or digit opening the
	 * next.
	 */
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\d])");

	private MarkdownText() {
	}

	/**
	 * The line's words as written, without heading marks, bullet marks or bold markers.
	 */
	public static String content(String line) {
		String text = HEADING.matcher(line.strip()).replaceFirst("");
		text = BULLET.matcher(text).replaceFirst("");
		if (text.startsWith("**") && text.endsWith("**") && text.length() > 4) {
			text = text.substring(2, text.length() - 2);
		}
		return text.strip();
	}

	/** The text's sentences, as written. */
	public static List<String> sentences(String text) {
		return List.of(SENTENCE_END.split(text.strip()));
	}

	public static boolean isBullet(String line) {
		return BULLET.matcher(line.strip()).find();
	}

}
