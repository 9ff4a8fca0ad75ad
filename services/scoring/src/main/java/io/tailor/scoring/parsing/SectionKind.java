package io.tailor.scoring.parsing;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
			Map.entry("berufserfahrung", EXPERIENCE), Map.entry("erfahrung", EXPERIENCE),
			Map.entry("ausbildung", EDUCATION), Map.entry("kenntnisse", SKILLS), Map.entry("fähigkeiten", SKILLS),
			Map.entry("sprachen", LANGUAGES), Map.entry("projekte", PROJECTS), Map.entry("zertifikate", CERTIFICATIONS),
			Map.entry("expérience professionnelle", EXPERIENCE), Map.entry("expérience", EXPERIENCE),
			Map.entry("formation", EDUCATION), Map.entry("compétences", SKILLS), Map.entry("langues", LANGUAGES),
			Map.entry("projets", PROJECTS), Map.entry("experiencia", EXPERIENCE),
			Map.entry("experiencia laboral", EXPERIENCE), Map.entry("educación", EDUCATION),
			Map.entry("formación", EDUCATION), Map.entry("habilidades", SKILLS), Map.entry("idiomas", LANGUAGES),
			Map.entry("proyectos", PROJECTS));

	/** The section a heading line opens, if it is a heading Tailor knows. */
	static Optional<SectionKind> ofHeading(String line) {
		String key = line.replaceAll("^#+\\s*", "")
			.replaceAll("[*_:]+", "")
			.replace("&", "and")
			.trim()
			.toLowerCase(Locale.ROOT);
		return Optional.ofNullable(HEADINGS.get(key));
	}

}
