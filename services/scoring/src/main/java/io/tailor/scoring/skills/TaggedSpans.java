package io.tailor.scoring.skills;

import java.util.regex.Pattern;

/**
 * What a span the tagger marks must look like to be taken for knowledge: one item, not a
 * run of list items ("Paul, MN"), an unclosed bracket or pieces around a dash ("Material
 * Handler — Sunbelt"); not an address or a handle (in/jane-doe, jobs@example.com); not on
 * a line of at most five words, all capitals without a digit or a list separator, as the
 * name on top of a résumé is.
 */
final class TaggedSpans {

	private static final Pattern SEPARATED = Pattern.compile(",|;|\\s[-–—]\\s|[–—]");

	/** What lists items or opens a list, which a name does not: "SKILLS: ACLS, BLS". */
	private static final Pattern LISTED = Pattern.compile("[,;:|•/]");

	private static final Pattern ADDRESS = Pattern.compile("@|(?i:https?:|www\\.|\\bin/|\\.com\\b)");

	private TaggedSpans() {
	}

	static boolean plausible(String line, String span) {
		return !SEPARATED.matcher(span).find() && !ADDRESS.matcher(span).find() && balanced(span) && !nameLine(line);
	}

	private static boolean balanced(String span) {
		int depth = 0;
		for (char c : span.toCharArray()) {
			depth += (c == '(' || c == '[') ? 1 : (c == ')' || c == ']') ? -1 : 0;
			if (depth < 0) {
				return false;
			}
		}
		return depth == 0;
	}

	private static boolean nameLine(String line) {
		return line.chars().anyMatch(Character::isLetter) && line.chars().noneMatch(Character::isLowerCase)
				&& line.chars().noneMatch(Character::isDigit) && !LISTED.matcher(line).find()
				&& line.strip().split("\\s+").length <= 5;
	}

}
