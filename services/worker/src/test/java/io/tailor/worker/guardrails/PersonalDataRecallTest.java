package io.tailor.worker.guardrails;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recall of {@link PersonalData} on résumé body lines generated from templates, in the
 * manner of Presidio's synthetic data: names of many origins, e-mails plain and
 * obfuscated, phones in national and international forms, profile URLs and street
 * addresses of several countries, each planted in a line the way résumés carry them. A
 * value counts as caught when no part of it (a name part, the address's street, the
 * phone's digits) is left in the redacted line. Lines with no personal data (dates,
 * figures, standards, versions) count how often something that is none is taken for it.
 * Prints the tally. The templates were written next to the patterns, so 1.00 here is a
 * floor that keeps every kind caught, not an independent measure of recall.
 */
class PersonalDataRecallTest {

	private static final int PER_TEMPLATE = 40;

	private static final String[][] NAMES = { { "Marisol", "Okafor" }, { "José", "García-López" },
			{ "Siobhán", "O'Connor" }, { "Wei", "Zhang" }, { "Priya", "Raghunathan" }, { "Ahmed", "Al-Farsi" },
			{ "Jan", "de Vries" }, { "Zoë", "Müller" }, { "Kwame", "Mensah" }, { "Anna-Lena", "Schmidt" },
			{ "Dana", "Whitaker" }, { "Tomasz", "Kowalczyk" }, { "Aiko", "Nakamura" }, { "Chidi", "Okonkwo" },
			{ "Lucía", "Fernández" }, { "Erik", "Lindqvist" } };

	private static final String[] DOMAINS = { "examplemail.com", "mail.example.de", "example.co.uk", "example.fr" };

	private static final String[] STREETS = { "Maple", "Oak Hill", "Church", "Riverside", "Elm", "Evergreen" };

	private static final String[] SUFFIXES = { "Street", "St.", "Avenue", "Ave", "Road", "Lane", "Drive", "Boulevard",
			"Court", "Terrace", "Parkway", "Circle", "Crescent", "Close", "Highway", "Square", "Trail" };

	private static final String[] CITIES = { "Springfield, IL 62704", "Leeds LS1 4AP", "Columbus, OH 43215" };

	private static final String[] CLEAN = { "Cut month-end close from 9 to 5 days across 3 entities (2019 – 2023)",
			"Managed a $1.2M budget; reduced overtime by 18%", "ISO 9001:2015 and IEC 61508 audits, 2021",
			"Java 17/21, Spring Boot 3.4, PostgreSQL 15", "ASP.NET Core 8 Web API, ADO.NET and VB.NET",
			"Certified Registered Nurse (CCRN), 2018 – present",
			"Supervised 24 pickers on 2 shifts, 99.6% pick accuracy", "May 2019 – June 2024, 40 hours a week",
			"Reference number 2021-0457 closed in Q3 2022", "Taught grades 9–12, 150 students a year",
			"Managed a 40,000 Sq. Ft. warehouse", "Led 12 Month-End Close cycles", "Built 3 Audit Trail reports",
			"Ran 6 Quality Circle meetings a year", "Designed 12 Highway bridges", "Integrated 3 Square terminals",
			"Maintained 14 Community Gardens", "Shipped 4 Row Level Security features", "Won 2 Plaza awards",
			"Arranged 300 place settings nightly", "Via Kafka streams processed 2 million events",
			"Led 12 Park projects", "Suite of tools for 5 teams" };

	private record Kind(String name, Function<Plant, String> line) {
	}

	/**
	 * One person, and the values a line plants: each must be gone from the redacted line
	 * (for a name, each of its parts of three letters or more).
	 */
	private record Plant(String first, String last, Random random, List<String> values) {

		Plant(String first, String last, Random random) {
			this(first, last, random, new ArrayList<>());
		}

		String plant(String value) {
			this.values.add(value);
			return value;
		}

		String name(String part) {
			for (String piece : part.split("[\\s-]+")) {
				if (piece.length() >= 3) {
					this.values.add(piece);
				}
			}
			return part;
		}

		String pick(String[] choices) {
			return choices[this.random.nextInt(choices.length)];
		}

		String digits(int n) {
			StringBuilder digits = new StringBuilder();
			for (int i = 0; i < n; i++) {
				digits.append(this.random.nextInt(10));
			}
			return digits.toString();
		}

		String local() {
			return ascii(this.first).toLowerCase(Locale.ROOT) + "." + ascii(this.last).toLowerCase(Locale.ROOT);
		}

		static String ascii(String text) {
			return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
				.replaceAll("\\p{M}", "")
				.replaceAll("[^A-Za-z]", "");
		}

	}

	private static final List<Kind> KINDS = List.of(
			new Kind("full name",
					(p) -> "Awarded Employee of the Year to " + p.name(p.first() + " " + p.last()) + " in 2022"),
			new Kind("first name alone", (p) -> p.name(p.first()) + " led the unit's falls-prevention audit"),
			new Kind("surname alone",
					(p) -> "Commended by the board: \"Ms. " + p.name(p.last()) + " trained every new hire\""),
			new Kind("e-mail", (p) -> "Portfolio on request: " + p.plant(p.local() + "@" + p.pick(DOMAINS))),
			new Kind("obfuscated e-mail",
					(p) -> "Contact: " + p.plant(p.local()) + " [at] " + p.pick(DOMAINS).replace(".", " [dot] ")),
			new Kind("phone, US",
					(p) -> "Mobile " + p.plant("(555) 01" + p.digits(1) + "-" + p.digits(4)) + " after 5 pm"),
			new Kind("phone, international",
					(p) -> "Reach me on " + p.plant("+44 20 " + p.digits(4) + " " + p.digits(4)) + " or "
							+ p.plant("+49 30 " + p.digits(8))),
			new Kind("profile URL",
					(p) -> "Work samples: " + p.plant("https://github.com/" + p.local().replace(".", "-")) + " and " + p
						.plant("linkedin.com/in/" + p.local().replace(".", ""))),
			new Kind("street address",
					(p) -> "Home: "
							+ p.plant((1 + p.random().nextInt(9800)) + " " + p.pick(STREETS)) + " " + p
								.pick(SUFFIXES)
							+ ", " + p.pick(CITIES)),
			new Kind("street address, German/Dutch",
					(p) -> "Anschrift: "
							+ p.plant(p.pick(new String[] { "Hauptstraße", "Kerkstraat", "Lindenweg" }) + " "
									+ (1 + p.random().nextInt(180)))
							+ ", 10115 Berlin"),
			new Kind("street address, French/Spanish",
					(p) -> "Adresse : "
							+ p.plant((1 + p.random().nextInt(90))
									+ " rue de la " + p.pick(new String[] { "Paix", "Roquette", "Convention" }))
							+ ", 75011 Paris / "
							+ p.plant("Calle " + p.pick(new String[] { "Mayor", "de Alcalá", "Gran Vía" }) + " "
									+ (1 + p.random().nextInt(200)))
							+ ", 28013 Madrid"),
			new Kind("street address without a street word", (p) -> "Lives at "
					+ p.plant((1 + p.random().nextInt(980)) + " " + p.pick(STREETS)) + ", " + p.pick(CITIES)));

	@Test
	void recallOnSyntheticResumeLines() {
		Random random = new Random(20261202);
		Map<String, int[]> tally = new TreeMap<>();
		for (Kind kind : KINDS) {
			for (int i = 0; i < PER_TEMPLATE; i++) {
				String[] name = NAMES[random.nextInt(NAMES.length)];
				Plant plant = new Plant(name[0], name[1], random);
				String line = kind.line().apply(plant);
				String redacted = PersonalData.redact(List.of(line), plant.first() + " " + plant.last()).lines().get(0);
				int[] counts = tally.computeIfAbsent(kind.name(), (k) -> new int[2]);
				counts[0]++;
				counts[1] += leftOver(redacted, plant).isEmpty() ? 1 : 0;
			}
		}
		int changed = 0;
		for (String line : CLEAN) {
			changed += PersonalData.redact(List.of(line), "Marisol Okafor").lines().get(0).equals(line) ? 0 : 1;
		}
		int planted = tally.values().stream().mapToInt((c) -> c[0]).sum();
		int caught = tally.values().stream().mapToInt((c) -> c[1]).sum();
		System.out.printf(Locale.ROOT, "personal data recall on synthetic résumé lines (%d values):%n", planted);
		tally.forEach((kind, c) -> System.out.printf(Locale.ROOT, "  %-40s %3d / %3d  %.2f%n", kind, c[1], c[0],
				(double) c[1] / c[0]));
		System.out.printf(Locale.ROOT, "  %-40s %3d / %3d  %.2f%n", "all", caught, planted, (double) caught / planted);
		System.out.printf(Locale.ROOT, "  lines without personal data changed: %d of %d%n", changed, CLEAN.length);
		assertThat(caught).isEqualTo(planted);
		assertThat(changed).isZero();
	}

	/** The planted values still in the redacted line. */
	private static List<String> leftOver(String redacted, Plant plant) {
		return plant.values()
			.stream()
			.filter((v) -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(v) + "(?![\\p{L}\\p{N}])")
				.matcher(redacted)
				.find())
			.toList();
	}

}
