package io.tailor.scoring.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date range as written ("Jan 2019 – Present"), its start and end as {@code yyyy-MM} or
 * {@code yyyy} when no month is given, whether it runs to the present, and how sure the
 * reading is (months named: 0.95, years only: 0.85).
 */
public record DateSpan(String text, String start, String end, boolean current, double confidence) {

	private static final Pattern POINT = Pattern.compile(
			"(?:(" + Months.PATTERN + ")\\s+|(\\d{1,2})[/.])?((?:19|20)\\d{2})",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	static DateSpan of(String text) {
		Matcher matcher = POINT.matcher(text);
		List<String> points = new ArrayList<>();
		boolean months = true;
		while (matcher.find()) {
			Integer month = month(matcher.group(1), matcher.group(2));
			months &= month != null;
			points.add((month != null) ? "%s-%02d".formatted(matcher.group(3), month) : matcher.group(3));
		}
		boolean current = points.size() < 2;
		return new DateSpan(text, points.isEmpty() ? null : points.get(0), current ? null : points.get(1), current,
				months ? 0.95 : 0.85);
	}

	private static Integer month(String name, String number) {
		if (name != null) {
			return Months.of(name);
		}
		if (number != null) {
			int value = Integer.parseInt(number);
			return (value >= 1 && value <= 12) ? value : null;
		}
		return null;
	}

}
