package io.tailor.scoring.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits the header of a position ("Senior Engineer — Northwind | Berlin") into title,
 * employer and location. A part naming a role word (engineer, nurse, manager…) is the
 * title, one naming an organisation word (Inc, Bank, University…) or following "at" / "@"
 * the employer, a place-shaped last part the location; what is left is placed by order
 * (title first), with lower confidence.
 */
final class EntryHeader {

	private static final Set<String> ROLE_WORDS = Set.of("engineer", "developer", "manager", "analyst", "nurse",
			"designer", "director", "lead", "intern", "consultant", "specialist", "scientist", "architect", "officer",
			"assistant", "coordinator", "teacher", "administrator", "technician", "accountant", "associate", "head",
			"vp", "president", "founder", "co-founder", "cto", "ceo", "cfo", "coo", "representative", "executive",
			"supervisor", "advisor", "adviser", "researcher", "programmer", "editor", "writer", "physician",
			"therapist", "pharmacist", "clerk", "agent", "operator", "owner", "partner", "principal", "instructor",
			"professor", "lecturer", "fellow", "trainee", "apprentice", "chef", "driver", "auditor", "controller",
			"recruiter", "strategist", "planner", "buyer", "electrician", "mechanic", "paralegal", "attorney", "lawyer",
			"counsel", "secretary", "receptionist", "tester", "sre", "devops", "marketer", "producer", "librarian",
			"surgeon", "dentist", "technologist", "practitioner", "caregiver", "tutor");

	private static final Set<String> ORG_WORDS = Set.of("inc", "ltd", "llc", "llp", "gmbh", "ag", "plc", "corp",
			"corporation", "company", "co", "group", "bank", "university", "college", "school", "hospital", "clinic",
			"labs", "lab", "systems", "solutions", "technologies", "technology", "services", "agency", "institute",
			"foundation", "partners", "consulting", "studio", "studios", "health", "healthcare", "logistics",
			"software", "ventures", "capital", "holdings", "industries", "international", "bv", "sa", "sarl", "oy",
			"ab", "kg", "pty", "limited", "council", "ministry", "department", "center", "centre", "trust", "nhs");

	/** The confidence of a title that names a role word. */
	static final double ROLE_CONFIDENCE = 0.9;

	private static final Set<String> WORK_MODES = Set.of("remote", "hybrid", "on-site", "onsite");

	private static final Pattern AT = Pattern.compile("\\s+(?:at|@)\\s+", Pattern.CASE_INSENSITIVE);

	private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:—|–|-|\\||·|•)\\s+|,\\s+|\\t+|\\s{3,}");

	private static final Pattern BRACKETED = Pattern.compile("\\(([^()]+)\\)");

	private static final Pattern PLACE = Pattern
		.compile("[\\p{Lu}][\\p{L}.'’-]+(?:\\s[\\p{Lu}][\\p{L}.'’-]+)?(?:,?\\s[\\p{Lu}]{2})?");

	private EntryHeader() {
	}

	record Parts(Field title, Field employer, Field location) {
	}

	static Parts read(String header) {
		var bracketed = BRACKETED.matcher(header);
		if (bracketed.find() && isPlaceList(bracketed.group(1))) {
			Parts rest = read(header.substring(0, bracketed.start()) + " " + header.substring(bracketed.end()));
			return new Parts(rest.title(), rest.employer(), Field.of(bracketed.group(1), 0.8));
		}
		String text = header.replaceAll("[#*_()\\[\\]]+", " ").strip();
		var at = AT.matcher(text);
		if (at.find()) {
			Parts rest = read(text.substring(at.end()));
			Field employer = Field.of(rest.title().value(), 0.85);
			Field title = Field.of(text.substring(0, at.start()), isRole(text.substring(0, at.start())) ? 0.9 : 0.75);
			Field location = (rest.employer().value() != null) ? Field.of(rest.employer().value(), 0.6)
					: rest.location();
			return new Parts(title, employer, location);
		}
		List<String> parts = new ArrayList<>(List.of(SEPARATOR.split(text))).stream()
			.map(String::strip)
			.filter((p) -> !p.isEmpty())
			.toList();
		return assign(parts);
	}

	private static Parts assign(List<String> parts) {
		if (parts.isEmpty()) {
			return new Parts(Field.ABSENT, Field.ABSENT, Field.ABSENT);
		}
		List<String> open = new ArrayList<>(parts);
		if (open.size() > 2 && open.getLast().matches("\\p{Lu}{2}")) {
			String region = open.removeLast();
			open.add(open.removeLast() + ", " + region);
		}
		Field location = Field.ABSENT;
		String last = open.getLast();
		boolean workMode = WORK_MODES.contains(last.toLowerCase(Locale.ROOT));
		boolean employerLeft = open.subList(0, open.size() - 1).stream().filter((p) -> !isRole(p)).count() > 0;
		if ((open.size() > 1 && workMode) || (open.size() > 2 && employerLeft && isPlace(last))) {
			location = Field.of(last, workMode ? 0.9 : 0.6);
			open.removeLast();
		}
		String title = roles(open);
		String employer = open.stream().filter((p) -> !p.equals(title) && isOrganisation(p)).findFirst().orElse(null);
		double titleConfidence = (title != null) ? ROLE_CONFIDENCE : 0;
		double employerConfidence = (employer != null) ? 0.85 : 0;
		open.removeIf((p) -> title != null && title.contains(p) && isRole(p));
		open.remove(employer);
		if (title == null && !open.isEmpty()) {
			return placeByOrder(open.removeFirst(), employer, employerConfidence, open, location, parts.size());
		}
		if (employer == null && !open.isEmpty()) {
			employer = open.removeFirst();
			employerConfidence = 0.6;
		}
		return new Parts(Field.of(title, titleConfidence), Field.of(employer, employerConfidence), location);
	}

	private static Parts placeByOrder(String title, String employer, double employerConfidence, List<String> open,
			Field location, int parts) {
		String byOrder = (employer == null && !open.isEmpty()) ? open.removeFirst() : employer;
		double confidence = (employer == null) ? 0.55 : employerConfidence;
		return new Parts(Field.of(title, (parts == 1) ? 0.5 : 0.6), Field.of(byOrder, confidence), location);
	}

	/**
	 * The role-named parts, consecutive ones joined ("Data Analyst, then Data
	 * Scientist").
	 */
	private static String roles(List<String> parts) {
		int first = 0;
		while (first < parts.size() && !isRole(parts.get(first))) {
			first++;
		}
		if (first == parts.size()) {
			return null;
		}
		int end = first + 1;
		while (end < parts.size() && isRole(parts.get(end))) {
			end++;
		}
		return String.join(", ", parts.subList(first, end));
	}

	static boolean isRole(String part) {
		return words(part).stream().anyMatch(ROLE_WORDS::contains);
	}

	static boolean isOrganisation(String part) {
		return words(part).stream().anyMatch(ORG_WORDS::contains);
	}

	private static boolean isPlace(String part) {
		String lower = part.toLowerCase(Locale.ROOT);
		return WORK_MODES.contains(lower)
				|| (PLACE.matcher(part).matches() && !isRole(part) && !isOrganisation(part) && part.length() <= 30);
	}

	private static boolean isPlaceList(String text) {
		return List.of(text.split(",\\s*"))
			.stream()
			.allMatch((p) -> isPlace(p.strip()) || p.strip().matches("\\p{Lu}{2}"));
	}

	private static List<String> words(String part) {
		return List.of(part.toLowerCase(Locale.ROOT).replaceAll("[.,]", "").split("\\s+"));
	}

}
