package io.tailor.scoring.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads résumé text into sections by their headings, then experience entries (a line with
 * a date range opens one) and education entries.
 */
public class ResumeParser {

	private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•▪◦‣]|\\d+[.)])\\s+");

	private static final Pattern DEGREE = Pattern.compile(
			"\\b(?:ph\\.?d|doctor(?:ate)?|master(?:'s)?|m\\.?sc|m\\.?s\\.|mba|bachelor(?:'s)?|b\\.?sc|b\\.?s\\.|b\\.?a\\.|"
					+ "associate(?:'s)? degree|diploma|bsn|msn)\\b[^,;|]*",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern TITLE_EMPLOYER = Pattern.compile("\\s+(?:at|@|—|–|-|\\|)\\s+|,\\s+");

	public ParsedResume parse(String text) {
		List<ResumeLine> lines = lines(text);
		List<Section> sections = sections(lines);
		return new ParsedResume(sections, experience(sections), education(sections), lines);
	}

	private static List<ResumeLine> lines(String text) {
		List<ResumeLine> lines = new ArrayList<>();
		SectionKind current = SectionKind.CONTACT;
		String[] raw = text.split("\\R", -1);
		for (int i = 0; i < raw.length; i++) {
			String line = raw[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			Optional<SectionKind> heading = isHeadingShaped(line) ? SectionKind.ofHeading(line) : Optional.empty();
			current = heading.orElse(current);
			lines.add(new ResumeLine(i + 1, line, current, heading.isPresent()));
		}
		return lines;
	}

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
		List<ExperienceEntry> entries = new ArrayList<>();
		for (Section section : sections) {
			if (section.kind() == SectionKind.EXPERIENCE) {
				entries.addAll(entriesOf(section.lines()));
			}
		}
		return entries;
	}

	private static List<ExperienceEntry> entriesOf(List<ResumeLine> lines) {
		List<ExperienceEntry> entries = new ArrayList<>();
		EntryBuilder current = null;
		String previous = null;
		for (ResumeLine line : lines) {
			Optional<String> dates = DateRanges.find(line.text());
			if (dates.isPresent()) {
				if (current != null) {
					entries.add(current.build());
				}
				current = new EntryBuilder(headerOf(line.text(), dates.get(), previous), dates.get());
			}
			else if (current != null && BULLET.matcher(line.text()).find()) {
				current.bullets.add(BULLET.matcher(line.text()).replaceFirst(""));
			}
			previous = BULLET.matcher(line.text()).find() ? null : line.text();
		}
		if (current != null) {
			entries.add(current.build());
		}
		return entries;
	}

	private static String headerOf(String line, String dates, String previous) {
		String rest = line.replace(dates, "").replaceAll("[#*_|()\\[\\]]+", " ").replaceAll("[\\s,–—-]+$", "").strip();
		if (rest.length() < 3 && previous != null) {
			return previous.replaceAll("[#*_]+", "").strip();
		}
		return rest;
	}

	private static List<EducationEntry> education(List<Section> sections) {
		List<EducationEntry> entries = new ArrayList<>();
		for (Section section : sections) {
			if (section.kind() != SectionKind.EDUCATION) {
				continue;
			}
			for (ResumeLine line : section.lines()) {
				Matcher degree = DEGREE.matcher(line.text());
				if (degree.find()) {
					entries.add(new EducationEntry(line.text(), degree.group().strip(),
							DateRanges.find(line.text()).orElse(year(line.text())), 0.8));
				}
			}
		}
		return entries;
	}

	private static String year(String line) {
		Matcher matcher = Pattern.compile("\\b(?:19|20)\\d{2}\\b").matcher(line);
		return matcher.find() ? matcher.group() : null;
	}

	private static final class EntryBuilder {

		private final String header;

		private final String dates;

		private final List<String> bullets = new ArrayList<>();

		EntryBuilder(String header, String dates) {
			this.header = header;
			this.dates = dates;
		}

		ExperienceEntry build() {
			String[] parts = TITLE_EMPLOYER.split(this.header, 2);
			boolean split = parts.length == 2;
			String title = parts[0].strip();
			String employer = split ? parts[1].strip() : null;
			double confidence = split ? 0.8 : 0.5;
			return new ExperienceEntry(title.isEmpty() ? null : title, employer, this.dates, List.copyOf(this.bullets),
					confidence);
		}

	}

}
