package io.tailor.scoring.matching;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.tailor.scoring.parsing.DateSpan;
import io.tailor.scoring.parsing.ExperienceEntry;

/**
 * Years of experience a résumé shows: the union of its positions' date ranges in months
 * (overlaps counted once), "present" meaning {@code asOf}. A range without months runs
 * from January to December.
 */
final class DatedExperience {

	private DatedExperience() {
	}

	static double years(List<ExperienceEntry> entries, YearMonth asOf) {
		List<int[]> ranges = entries.stream()
			.map((e) -> range(e.dates(), asOf))
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

	/**
	 * Start and end as months since year 0, the end exclusive, from the range the parser
	 * read ({@code yyyy-MM} or {@code yyyy}; no end: to {@code asOf}).
	 */
	private static Optional<int[]> range(DateSpan dates, YearMonth asOf) {
		if (dates == null || dates.start() == null) {
			return Optional.empty();
		}
		int from = months(dates.start(), false);
		int to = (dates.end() == null) ? asOf.getYear() * 12 + asOf.getMonthValue() - 1 : months(dates.end(), true);
		return (to > from) ? Optional.of(new int[] { from, to }) : Optional.empty();
	}

	/**
	 * A point as months since year 0: its month, or January (a start) or past December
	 * (an end).
	 */
	private static int months(String point, boolean end) {
		int year = Integer.parseInt(point.substring(0, 4));
		if (point.length() > 4) {
			int month = Integer.parseInt(point.substring(5));
			return year * 12 + (end ? month : month - 1);
		}
		return year * 12 + (end ? 12 : 0);
	}

}
