package io.tailor.scoring.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads résumé text into sections by their headings, then positions
 * ({@link ExperienceReader}) and education ({@link EducationReader}) with a confidence
 * per field, and notes what could not be read.
 */
public class ResumeParser {

	/**
	 * A heading that shares its line with the section's first content, apart by a colon,
	 * a tab or two spaces: "Skills: Java, SQL", "Work experience Senior Developer, Acme".
	 */
	private static final Pattern INLINE_HEADING = Pattern
		.compile("^([\\p{L}][\\p{L} &/-]{1,38}?)(?:\\s*:\\s*|\\t\\s*|\\s{2,})(\\S.*)$");

	public ParsedResume parse(String text) {
		List<ResumeLine> lines = lines(text);
		List<Section> sections = sections(lines);
		List<ExperienceEntry> experience = experience(sections);
		String language = Language.guess(text);
		return new ParsedResume(sections, experience, education(sections), lines, language,
				notes(sections, experience, language));
	}

	private static List<ResumeLine> lines(String text) {
		List<ResumeLine> lines = new ArrayList<>();
		SectionKind current = SectionKind.CONTACT;
		int contactFrom = 0;
		String[] raw = text.split("\\R", -1);
		for (int i = 0; i < raw.length; i++) {
			String line = raw[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			Optional<SectionKind> heading = isHeadingShaped(line) ? SectionKind.ofHeading(line) : Optional.empty();
			if (heading.isEmpty() && !lines.isEmpty() && line.startsWith("#") && isHeadingShaped(line)) {
				heading = Optional.of(SectionKind.OTHER);
			}
			if (heading.isEmpty() && current == SectionKind.CONTACT && contactEnds(lines.size() - contactFrom, line)) {
				current = SectionKind.OTHER;
			}
			Matcher inline = INLINE_HEADING.matcher(line);
			if (heading.isEmpty() && inline.matches() && SectionKind.ofHeading(inline.group(1)).isPresent()) {
				current = SectionKind.ofHeading(inline.group(1)).orElseThrow();
				lines.add(new ResumeLine(i + 1, inline.group(1), current, true));
				lines.add(new ResumeLine(i + 1, inline.group(2), current, false));
				continue;
			}
			current = heading.orElse(current);
			lines.add(new ResumeLine(i + 1, line, current, heading.isPresent()));
			if (heading.isPresent()) {
				contactFrom = lines.size();
			}
		}
		return lines;
	}

	/**
	 * A contact block (the lines before any heading, or a contact or personal-details
	 * section) ends at a paragraph, a bullet, or after {@value #CONTACT_LINES} lines of
	 * it: what follows is the résumé's content. A long line of contact details (an
	 * e-mail, a phone number, a link, or short items apart by separators, in few words)
	 * is not a paragraph.
	 */
	private static boolean contactEnds(int linesOfIt, String line) {
		boolean details = (CONTACT_DETAILS.matcher(line).find() && line.split("\\s+").length <= 16)
				|| SEPARATED_ITEMS.matcher(line).matches();
		return linesOfIt >= CONTACT_LINES || (line.length() > 100 && !details) || line.matches("^[-*•·▪►–]\\s.*");
	}

	private static final Pattern CONTACT_DETAILS = Pattern
		.compile("@|\\+?\\(?\\d{2,4}\\)?[\\s.-]?\\d{3}[\\s.-]?\\d{3,4}\\b|https?://|www\\.|linkedin\\.|github\\.");

	private static final Pattern SEPARATED_ITEMS = Pattern.compile("[^.!?·|•]{1,60}(?:\\s[·|•]\\s[^.!?·|•]{1,60}){2,}");

	private static final int CONTACT_LINES = 8;

	private static boolean isHeadingShaped(String line) {
		return line.length() <= 40 && line.split("\\s+").length <= 5;
	}

	private static List<Section> sections(List<ResumeLine> lines) {
		List<Section> sections = new ArrayList<>();
		List<ResumeLine> body = new ArrayList<>();
		ResumeLine heading = null;
		SectionKind kind = SectionKind.CONTACT;
		for (ResumeLine line : lines) {
			if (line.heading()) {
				addSection(sections, kind, heading, body);
				heading = line;
				kind = line.section();
				body = new ArrayList<>();
			}
			else {
				body.add(line);
			}
		}
		addSection(sections, kind, heading, body);
		return sections;
	}

	private static void addSection(List<Section> sections, SectionKind kind, ResumeLine heading,
			List<ResumeLine> body) {
		if (heading == null && body.isEmpty()) {
			return;
		}
		double confidence = (heading != null && heading.text().startsWith("#")) ? 0.95 : 0.8;
		sections.add(new Section(kind, (heading != null) ? heading.text() : null, List.copyOf(body), confidence));
	}

	private static List<ExperienceEntry> experience(List<Section> sections) {
		return sections.stream()
			.filter((s) -> s.kind() == SectionKind.EXPERIENCE)
			.flatMap((s) -> ExperienceReader.read(s.lines()).stream())
			.toList();
	}

	private static List<EducationEntry> education(List<Section> sections) {
		return sections.stream()
			.filter((s) -> s.kind() == SectionKind.EDUCATION)
			.flatMap((s) -> EducationReader.read(s.lines()).stream())
			.toList();
	}

	private static List<ParsedResume.Note> notes(List<Section> sections, List<ExperienceEntry> experience,
			String language) {
		List<ParsedResume.Note> notes = new ArrayList<>();
		if (sections.stream().noneMatch((s) -> s.heading() != null)) {
			notes.add(new ParsedResume.Note("NO_SECTIONS",
					"No section headings were recognised; the text is read as one block"));
		}
		boolean experienceSection = sections.stream().anyMatch((s) -> s.kind() == SectionKind.EXPERIENCE);
		if (experienceSection && experience.isEmpty()) {
			notes.add(new ParsedResume.Note("NO_DATED_POSITIONS",
					"The experience section has no date ranges, so no positions or years of experience were read"));
		}
		if (!"en".equals(language) && !"und".equals(language)) {
			notes.add(new ParsedResume.Note("NOT_ENGLISH", "The text looks like language '" + language
					+ "'; headings and skills are recognised in English and some may be missed"));
		}
		return List.copyOf(notes);
	}

}
