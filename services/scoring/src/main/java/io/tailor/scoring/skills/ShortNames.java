package io.tailor.scoring.skills;

import java.util.List;
import java.util.Set;

/**
 * The context rules for skill names that are also common words or single letters.
 */
final class ShortNames {

	/** Words that say the name before or after them is a skill. */
	private static final Set<String> CUES = Set.of("programming", "language", "languages", "lang", "developer",
			"developers", "framework", "scripting");

	private static final String LIST_BEFORE = ",;/|(:•·-";

	private static final String LIST_AFTER = ",;/|).";

	private ShortNames() {
	}

	/** Joined to {@code &}, an apostrophe or a hyphen: R&D, C's, C-level. */
	static boolean glued(String line, int start, int end) {
		char before = (start > 0) ? line.charAt(start - 1) : ' ';
		char after = (end < line.length()) ? line.charAt(end) : ' ';
		return "&'’-".indexOf(before) >= 0 || "&'’-".indexOf(after) >= 0;
	}

	/** A cue word right before or after: "Go programming", "the R language". */
	static boolean namedAsSkill(List<Tokens.Token> tokens, int from, int to) {
		boolean before = from > 0 && CUES.contains(tokens.get(from - 1).normalized());
		boolean after = to < tokens.size() && CUES.contains(tokens.get(to).normalized());
		return before || after;
	}

	/** Set off as a list item: a separator or the line's edge on both sides. */
	static boolean listItem(String line, int start, int end) {
		String before = line.substring(0, start).stripTrailing();
		String after = line.substring(end).stripLeading();
		boolean openBefore = before.isEmpty() || LIST_BEFORE.indexOf(before.charAt(before.length() - 1)) >= 0
				|| before.endsWith(" and") || before.endsWith(" or");
		boolean closedAfter = after.isEmpty() || LIST_AFTER.indexOf(after.charAt(0)) >= 0 || after.startsWith("and ")
				|| after.startsWith("or ");
		return openBefore && closedAfter;
	}

}
