package io.tailor.scoring.parsing;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date ranges in a line, in English, German, French or Spanish: "Jan 2019 –
 * Present", "2016-2019", "04/2022 07/2022" (two dates apart), "03.2018 bis heute", "seit
 * 2019", "depuis mars 2020", "2017 – actualidad".
 */
final class DateRanges {

	private static final String POINT = "(?:(?:" + Months.PATTERN + "\\s+|\\d{1,2}[/.])?(?:19|20)\\d{2})";

	private static final String NOW = "(?:present|current|now|today|heute|aktuell|jetzt|présent|aujourd'hui|"
			+ "aujourd’hui|actuel|actuellement|actualidad|presente|hoy|la actualidad)";

	private static final String TO = "(?:\\s*(?:-|–|—|to|until|bis|à|au|a|hasta|al)\\s*|\\s+)";

	private static final Pattern RANGE = Pattern.compile(
			"(?<![\\p{L}\\d])(?:" + POINT + TO + "(?:" + POINT + "|" + NOW
					+ ")|(?:seit|depuis|desde)\\s+(?:(?:le|el)\\s+)?" + POINT + ")(?![\\p{L}\\d])",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private DateRanges() {
	}

	static Optional<String> find(String line) {
		Matcher matcher = RANGE.matcher(line);
		return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
	}

}
