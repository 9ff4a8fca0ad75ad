package io.tailor.scoring.parsing;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Month names in English, German, French and Spanish, full or cut short ("Sept.", "März",
 * "févr.", "dic"), and the month each names.
 */
final class Months {

	private static final Map<String, Integer> NAMES = Map.ofEntries(Map.entry("january", 1), Map.entry("januar", 1),
			Map.entry("janvier", 1), Map.entry("enero", 1), Map.entry("february", 2), Map.entry("februar", 2),
			Map.entry("février", 2), Map.entry("febrero", 2), Map.entry("march", 3), Map.entry("märz", 3),
			Map.entry("maerz", 3), Map.entry("mars", 3), Map.entry("marzo", 3), Map.entry("april", 4),
			Map.entry("avril", 4), Map.entry("abril", 4), Map.entry("may", 5), Map.entry("mai", 5),
			Map.entry("mayo", 5), Map.entry("june", 6), Map.entry("juni", 6), Map.entry("juin", 6),
			Map.entry("junio", 6), Map.entry("july", 7), Map.entry("juli", 7), Map.entry("juillet", 7),
			Map.entry("julio", 7), Map.entry("august", 8), Map.entry("août", 8), Map.entry("agosto", 8),
			Map.entry("september", 9), Map.entry("septembre", 9), Map.entry("septiembre", 9), Map.entry("setiembre", 9),
			Map.entry("october", 10), Map.entry("oktober", 10), Map.entry("octobre", 10), Map.entry("octubre", 10),
			Map.entry("november", 11), Map.entry("novembre", 11), Map.entry("noviembre", 11), Map.entry("december", 12),
			Map.entry("dezember", 12), Map.entry("décembre", 12), Map.entry("diciembre", 12));

	/**
	 * A regular expression for any of the names, whole or cut to three letters or more.
	 */
	static final String PATTERN = NAMES.keySet()
		.stream()
		.flatMap((name) -> Stream.of(name, name.substring(0, 3), (name.length() > 4) ? name.substring(0, 4) : name))
		.distinct()
		.sorted((a, b) -> b.length() - a.length())
		.collect(Collectors.joining("|", "(?:", ")\\.?"));

	private Months() {
	}

	/** The month (1–12) a name or its abbreviation names, or null. */
	static Integer of(String word) {
		String key = word.toLowerCase(Locale.ROOT).replace(".", "");
		if (key.length() < 3) {
			return null;
		}
		return NAMES.entrySet()
			.stream()
			.filter((e) -> e.getKey().equals(key) || (key.length() <= 4 && e.getKey().startsWith(key)))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

}
