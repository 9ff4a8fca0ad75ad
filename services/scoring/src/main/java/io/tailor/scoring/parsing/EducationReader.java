package io.tailor.scoring.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads education entries: a line naming a degree opens one; the field is what follows
 * the degree ("BSc Computer Science", "Master of Science in Biology"), the institution
 * the part naming a university, college or school on that line or the next one, the dates
 * a range or a year.
 */
final class EducationReader {

	private static final Pattern DEGREE = Pattern.compile(
			"\\b(?:ph\\.?d\\.?|doctor(?:ate)?(?: of [\\p{L} ]+?)?|master(?:'s|’s)?(?: of (?:science|arts|engineering|business administration))?|"
					+ "m\\.?sc\\.?|m\\.?s\\.|m\\.?eng\\.?|mba|bachelor(?:'s|’s)?(?: of (?:science|arts|engineering))?|"
					+ "b\\.?sc\\.?|b\\.?s\\.|b\\.?a\\.|b\\.?eng\\.?|associate(?:'s|’s)? degree|diploma|bsn|msn|"
					+ "a\\.a\\.s\\.|a\\.s\\.|a\\.a\\.|associate of (?:science|arts|applied science)|"
					+ "high school diploma|ged)(?=\\s|,|$|\\))",
			Pattern.CASE_INSENSITIVE);

	private static final Set<String> INSTITUTION_WORDS = Set.of("university", "college", "school", "institute",
			"academy", "polytechnic", "universität", "hochschule", "université", "universidad", "università", "ecole",
			"école", "conservatory", "seminary");

	private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

	private static final Pattern PARTS = Pattern.compile("\\s+(?:—|–|-|\\||·|•)\\s+|,\\s+|\\t+|\\s{3,}");

	private EducationReader() {
	}

	static List<EducationEntry> read(List<ResumeLine> lines) {
		List<EducationEntry> entries = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			ResumeLine line = lines.get(i);
			Matcher degree = DEGREE.matcher(line.text());
			if (degree.find()) {
				ResumeLine next = (i + 1 < lines.size()) ? lines.get(i + 1) : null;
				entries.add(entry(line, degree, next));
			}
		}
		return entries;
	}

	private static EducationEntry entry(ResumeLine line, Matcher degree, ResumeLine next) {
		String text = line.text().replaceAll("^[#\\s-]+", "").replaceAll("[*_]{1,3}", "");
		String afterDegree = text.substring(Math.max(0, text.indexOf(degree.group()) + degree.group().length()));
		String field = PARTS.split(afterDegree.replaceFirst("^\\s*(?:in|of)\\s+", ""), 2)[0]
			.replaceAll("\\(?(?:19|20)\\d{2}.*$", "")
			.strip();
		Field institution = institution(text).map((p) -> Field.of(p, 0.9)).orElse(Field.ABSENT);
		if (institution.value() == null && next != null && !DEGREE.matcher(next.text()).find()) {
			institution = institution(next.text()).map((p) -> Field.of(p, 0.7)).orElse(Field.ABSENT);
		}
		Optional<String> range = DateRanges.find(text);
		Field dates = range.map((r) -> Field.of(r, 0.95)).orElseGet(() -> year(text));
		boolean fieldIsInstitution = institution.value() != null && institution.value().contains(field);
		return new EducationEntry(line.number(), Field.of(degree.group(), 0.95),
				fieldIsInstitution ? Field.ABSENT : Field.of(field, 0.7), institution, dates);
	}

	private static Optional<String> institution(String text) {
		for (String part : PARTS.split(text)) {
			String lower = part.toLowerCase(Locale.ROOT);
			if (INSTITUTION_WORDS.stream().anyMatch(lower::contains)) {
				return Optional.of(part.replaceAll("\\(?(?:19|20)\\d{2}.*$", "").strip());
			}
		}
		return Optional.empty();
	}

	private static Field year(String text) {
		Matcher matcher = YEAR.matcher(text);
		String last = null;
		while (matcher.find()) {
			last = matcher.group();
		}
		return Field.of(last, 0.85);
	}

}
