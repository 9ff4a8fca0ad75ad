package io.tailor.scoring.web;

/**
 * Refuses texts with more non-blank lines than the scorer compares within its time
 * budget.
 */
final class LineLimit {

	static final int MAX_LINES = 2_000;

	private LineLimit() {
	}

	static String check(String text) {
		long lines = text.lines().filter((l) -> !l.isBlank()).count();
		if (lines > MAX_LINES) {
			throw new TextTooLongException(lines);
		}
		return text;
	}

	static class TextTooLongException extends RuntimeException {

		TextTooLongException(long lines) {
			super("The text has " + lines + " non-blank lines; at most " + MAX_LINES + " are scored");
		}

	}

}
