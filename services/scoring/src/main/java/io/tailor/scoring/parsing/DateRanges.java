package io.tailor.scoring.parsing;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds date ranges such as "Jan 2019 – Present" or "2016-2019" in a line. */
final class DateRanges {

	private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";

	private static final String POINT = "(?:(?:" + MONTH + "\\s+|\\d{1,2}/)?(?:19|20)\\d{2})";

	private static final Pattern RANGE = Pattern
		.compile(POINT + "\\s*(?:-|–|—|to)\\s*(?:" + POINT + "|present|current|now|today)", Pattern.CASE_INSENSITIVE);

	private DateRanges() {
	}

	static Optional<String> find(String line) {
		Matcher matcher = RANGE.matcher(line);
		return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
	}

}
