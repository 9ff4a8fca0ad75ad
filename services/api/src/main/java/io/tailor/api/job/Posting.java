package io.tailor.api.job;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The job title and company a job description names, read from its first lines as ads
 * write them ("Data Analyst — Cartwheel Commerce (Manchester)", or a title line, then
 * "Veratek Industrial Supply | Houston, TX"); either may be null when the ad does not
 * say.
 */
record Posting(String title, String company) {

	private static final Pattern SEPARATOR = Pattern.compile("\\s+[—–|·-]\\s+|\\s*\\|\\s*");

	private static final Pattern LABEL = Pattern.compile("^(?i)(position|job title|role|title|stelle)\\s*:\\s*");

	private static final int MAX = 120;

	/** A company's name is short; a longer first part is the ad's prose. */
	private static final int MAX_COMPANY_WORDS = 7;

	static Posting of(String jobDescription) {
		List<String> lines = Arrays.stream(jobDescription.split("\\R", 6))
			.map(String::strip)
			.filter((l) -> !l.isEmpty())
			.limit(2)
			.toList();
		if (lines.isEmpty()) {
			return new Posting(null, null);
		}
		String title = LABEL.matcher(lines.get(0)).replaceFirst("");
		String company = (lines.size() > 1) ? companyLine(lines.get(1)) : null;
		if (company != null) {
			return new Posting(cut(title), cut(company));
		}
		String[] parts = SEPARATOR.split(title);
		return new Posting(cut(parts[0]), (parts.length > 1) ? cut(parts[1]) : null);
	}

	private static String companyLine(String line) {
		String first = SEPARATOR.split(line)[0].split(",")[0].strip();
		if (line.length() > MAX || line.matches(".*[.!?]$") || first.split("\\s+").length > MAX_COMPANY_WORDS) {
			return null;
		}
		return first;
	}

	private static String cut(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String plain = text.replaceAll("\\s*\\((?:fictional)\\)", "").strip();
		return (plain.length() <= MAX) ? plain : plain.substring(0, MAX - 1).strip() + "…";
	}

}
