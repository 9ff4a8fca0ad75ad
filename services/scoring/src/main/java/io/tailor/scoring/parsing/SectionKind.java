package io.tailor.scoring.parsing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sections a résumé may have, recognised by their usual headings (English, and the
 * common German, French and Spanish ones).
 */
public enum SectionKind {

	CONTACT, SUMMARY, EXPERIENCE, EDUCATION, SKILLS, PROJECTS, CERTIFICATIONS, LANGUAGES, OTHER;

	private static final Map<String, SectionKind> HEADINGS = Map.ofEntries(Map.entry("summary", SUMMARY),
			Map.entry("profile", SUMMARY), Map.entry("about", SUMMARY), Map.entry("about me", SUMMARY),
			Map.entry("professional summary", SUMMARY), Map.entry("objective", SUMMARY),
			Map.entry("experience", EXPERIENCE), Map.entry("work experience", EXPERIENCE),
			Map.entry("professional experience", EXPERIENCE), Map.entry("employment", EXPERIENCE),
			Map.entry("employment history", EXPERIENCE), Map.entry("work history", EXPERIENCE),
			Map.entry("career history", EXPERIENCE), Map.entry("education", EDUCATION),
			Map.entry("education and training", EDUCATION), Map.entry("academic background", EDUCATION),
			Map.entry("skills", SKILLS), Map.entry("technical skills", SKILLS), Map.entry("core skills", SKILLS),
			Map.entry("key skills", SKILLS), Map.entry("competencies", SKILLS), Map.entry("core competencies", SKILLS),
			Map.entry("technologies", SKILLS), Map.entry("projects", PROJECTS),
			Map.entry("selected projects", PROJECTS), Map.entry("personal projects", PROJECTS),
			Map.entry("certifications", CERTIFICATIONS), Map.entry("certificates", CERTIFICATIONS),
			Map.entry("licenses and certifications", CERTIFICATIONS),
			Map.entry("certifications and licenses", CERTIFICATIONS),
			Map.entry("licences and certifications", CERTIFICATIONS),
			Map.entry("certifications and licences", CERTIFICATIONS), Map.entry("licenses", CERTIFICATIONS),
			Map.entry("licences", CERTIFICATIONS), Map.entry("licensure", CERTIFICATIONS),
			Map.entry("licenses and certificates", CERTIFICATIONS), Map.entry("professional affiliations", OTHER),
			Map.entry("affiliations", OTHER), Map.entry("memberships", OTHER),
			Map.entry("professional memberships", OTHER), Map.entry("volunteer experience", OTHER),
			Map.entry("volunteering", OTHER), Map.entry("awards", OTHER), Map.entry("honors and awards", OTHER),
			Map.entry("publications", OTHER), Map.entry("interests", OTHER), Map.entry("references", OTHER),
			Map.entry("languages", LANGUAGES), Map.entry("contact", CONTACT), Map.entry("contact information", CONTACT),
			Map.entry("personal details", CONTACT), Map.entry("personal information", CONTACT),
			Map.entry("personal data", CONTACT), Map.entry("angaben zur person", CONTACT),
			Map.entry("persönliche daten", CONTACT), Map.entry("persönliche angaben", CONTACT),
			Map.entry("données personnelles", CONTACT), Map.entry("informations personnelles", CONTACT),
			Map.entry("datos personales", CONTACT), Map.entry("berufserfahrung", EXPERIENCE),
			Map.entry("erfahrung", EXPERIENCE), Map.entry("ausbildung", EDUCATION), Map.entry("kenntnisse", SKILLS),
			Map.entry("fähigkeiten", SKILLS), Map.entry("sprachen", LANGUAGES), Map.entry("projekte", PROJECTS),
			Map.entry("zertifikate", CERTIFICATIONS), Map.entry("expérience professionnelle", EXPERIENCE),
			Map.entry("expérience", EXPERIENCE), Map.entry("formation", EDUCATION), Map.entry("compétences", SKILLS),
			Map.entry("langues", LANGUAGES), Map.entry("projets", PROJECTS), Map.entry("experiencia", EXPERIENCE),
			Map.entry("experiencia laboral", EXPERIENCE), Map.entry("educación", EDUCATION),
			Map.entry("formación", EDUCATION), Map.entry("habilidades", SKILLS), Map.entry("idiomas", LANGUAGES),
			Map.entry("proyectos", PROJECTS));

	/**
	 * The words that name each section inside a longer heading ("Beruflicher Werdegang",
	 * "Relevant Experience", "IT-Kenntnisse"), most specific first: a word names the
	 * section when it starts with one of them, or, for German compounds, ends with one of
	 * six letters or more.
	 */
	private static final List<Map.Entry<SectionKind, List<String>>> WORDS = List.of(
			Map.entry(CONTACT, List.of("contact", "kontakt", "coordonnées", "contacto")),
			Map.entry(CERTIFICATIONS,
					List.of("certif", "licens", "licenc", "licensure", "zertifi", "credential", "accreditation")),
			Map.entry(LANGUAGES, List.of("language", "sprachen", "sprachkenntnisse", "langues", "idiomas", "lenguas")),
			Map.entry(SKILLS,
					List.of("skill", "kenntnisse", "fähigkeiten", "kompetenz", "competenc", "competenz", "technolog",
							"tools", "expertise", "compétences", "habilidades", "conocimientos", "aptitudes")),
			Map.entry(EXPERIENCE,
					List.of("experience", "erfahrung", "werdegang", "employment", "career", "laufbahn", "tätigkeiten",
							"expérience", "parcours", "experiencia", "trayectoria")),
			Map.entry(EDUCATION,
					List.of("education", "ausbildung", "bildung", "studium", "formation", "educación", "formación",
							"estudios", "academic", "qualification")),
			Map.entry(PROJECTS, List.of("project", "projekt", "projet", "proyecto")),
			Map.entry(SUMMARY,
					List.of("summary", "profile", "profil", "objective", "zusammenfassung", "perfil", "resumen")),
			Map.entry(OTHER,
					List.of("interest", "hobbies", "hobby", "volunteer", "ehrenamt", "award", "honor", "honour",
							"publication", "reference", "affiliation", "membership", "persönlich", "sonstig",
							"weiteres", "interessen", "activities", "additional", "divers", "intérêt", "otros")));

	private static final Pattern BULLET = Pattern.compile("^[-*•·▪►–]\\s");

	/** The section a heading line opens, if it is a heading Tailor knows. */
	static Optional<SectionKind> ofHeading(String line) {
		String key = line.replaceAll("^#+\\s*", "")
			.replaceAll("[*_:]+", "")
			.replace("&", "and")
			.trim()
			.toLowerCase(Locale.ROOT);
		SectionKind exact = HEADINGS.get(key);
		if (exact != null || BULLET.matcher(line).find()) {
			return Optional.ofNullable(exact);
		}
		List<String> words = Arrays.stream(key.split("[\\s/,()-]+")).filter((w) -> !w.isEmpty()).toList();
		if (words.isEmpty()) {
			return Optional.empty();
		}
		if (marked(line)) {
			return words.stream().map(SectionKind::named).flatMap(Optional::stream).findFirst();
		}
		return titled(line) && words.size() <= 4 && !TITLE_AT.matcher(key).find() && !line.contains(",")
				? named(words.getLast()).filter(WEAKLY_NAMED::contains) : Optional.empty();
	}

	/**
	 * A job title at an employer or of a field ("Head of Education"), not a heading; nor
	 * is a title with a comma ("Senior Manager, Customer Experience").
	 */
	private static final Pattern TITLE_AT = Pattern.compile("\\s(?:of|at|for|bei|chez|en|in|@)\\s");

	/**
	 * What a short title-case line without other marks may open: not licences or
	 * languages, which are often entries themselves ("Ohio RN License").
	 */
	private static final Set<SectionKind> WEAKLY_NAMED = Set.of(SUMMARY, EXPERIENCE, EDUCATION, SKILLS, PROJECTS,
			OTHER);

	/** Set apart as a heading: Markdown, capitals, a closing colon or bold alone. */
	private static boolean marked(String line) {
		String letters = line.replaceAll("[^\\p{L}]", "");
		return line.startsWith("#") || line.strip().endsWith(":") || (line.startsWith("**") && line.endsWith("**"))
				|| (letters.length() > 3 && letters.equals(letters.toUpperCase(Locale.ROOT)));
	}

	/** Every word of four letters or more capitalised: "Beruflicher Werdegang". */
	private static boolean titled(String line) {
		return Arrays.stream(line.strip().split("\\s+"))
			.filter((w) -> w.length() >= 4)
			.allMatch((w) -> Character.isUpperCase(w.codePointAt(0)));
	}

	private static Optional<SectionKind> named(String word) {
		for (Map.Entry<SectionKind, List<String>> rule : WORDS) {
			for (String stem : rule.getValue()) {
				if (word.startsWith(stem) || (stem.length() >= 6 && word.endsWith(stem))) {
					return Optional.of(rule.getKey());
				}
			}
		}
		return Optional.empty();
	}

}
