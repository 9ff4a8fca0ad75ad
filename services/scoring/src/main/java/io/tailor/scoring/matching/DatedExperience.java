package io.tailor.scoring.matching;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tailor.scoring.parsing.ExperienceEntry;

/**
 * Years of experience a résumé shows: the union of its positions' date ranges in months
 * (overlaps counted once), "present" meaning {@code asOf}. A range without months runs
 * from January to December.
 */
final class DatedExperience {

	private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
			"oct", "nov", "dec");

	private static final Pattern POINT = Pattern.compile("(?:([a-z]{3})[a-z]*\\.?\\s+|(\\d{1,2})/)?((?:19|20)\\d{2})",
			Pattern.CASE_INSENSITIVE);

	private DatedExperience() {
	}

	static double years(List<ExperienceEntry> entries, YearMonth asOf) {
		List<int[]> ranges = entries.stream()
			.map((e) -> range(e.dates().text(), asOf))
			.flatMap(Optional::stream)
			.sorted(Comparator.comparingInt((int[] r) -> r[0]))
			.toList();
		int months = 0;
		int coveredTo = Integer.MIN_VALUE;
		for (int[] range : ranges) {
			int from = Math.max(range[0], coveredTo);
			if (range[1] > from) {
				months += range[1] - from;
				coveredTo = range[1];
			}
		}
		return Math.round(months / 12.0 * 10) / 10.0;
	}

	/** Start and end as months since year 0, the end exclusive. */
	private static Optional<int[]> range(String dates, YearMonth asOf) {
		if (dates == null) {
			return Optional.empty();
		}
		Matcher point = POINT.matcher(dates);
		List<int[]> points = new ArrayList<>();
		while (point.find()) {
			int year = Integer.parseInt(point.group(3));
			Integer month = month(point.group(1), point.group(2));
			points.add(new int[] { year, (month != null) ? month : -1 });
		}
		if (points.isEmpty()) {
			return Optional.empty();
		}
		int[] start = points.get(0);
		int from = start[0] * 12 + Math.max(start[1], 1) - 1;
		int to;
		if (points.size() > 1) {
			int[] end = points.get(1);
			to = end[0] * 12 + ((end[1] > 0) ? end[1] : 12);
		}
		else {
			to = asOf.getYear() * 12 + asOf.getMonthValue() - 1;
		}
		return (to > from) ? Optional.of(new int[] { from, to }) : Optional.empty();
	}

	private static Integer month(String name, String number) {
		if (name != null) {
			int index = MONTHS.indexOf(name.toLowerCase(Locale.ROOT));
			return (index >= 0) ? index + 1 : null;
		}
		return (number != null) ? Integer.valueOf(number) : null;
	}

}
