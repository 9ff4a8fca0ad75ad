package io.tailor.scoring.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the positions of an experience section: a line with a date range opens one; its
 * header is the rest of that line, joined with the line just above when that line is not
 * a bullet and the dated line lacks a role-named title or an employer ("Senior Engineer"
 * over "Northwind, Berlin 2019 – 2023"); such a line never describes the position before.
 * Lines below, up to the next position, describe it.
 */
final class ExperienceReader {

	static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•▪◦‣]|\\d+[.)])\\s+");

	private static final int MAX_HEADER_WORDS = 8;

	private ExperienceReader() {
	}

	static List<ExperienceEntry> read(List<ResumeLine> lines) {
		List<ExperienceEntry> entries = new ArrayList<>();
		Builder current = null;
		ResumeLine previous = null;
		for (ResumeLine line : lines) {
			Optional<String> dates = DateRanges.find(line.text());
			if (dates.isPresent()) {
				ResumeLine above = isHeaderCandidate(previous, line) ? previous : null;
				if (current != null) {
					if (above != null) {
						current.bullets.removeLast();
					}
					entries.add(current.build());
				}
				current = new Builder(line, dates.get(), above);
			}
			else if (current != null) {
				current.bullets.add(BULLET.matcher(line.text()).replaceFirst("").strip());
			}
			previous = line;
		}
		if (current != null) {
			entries.add(current.build());
		}
		return entries;
	}

	private static boolean isHeaderCandidate(ResumeLine previous, ResumeLine line) {
		return previous != null && previous.number() == line.number() - 1 && !BULLET.matcher(previous.text()).find()
				&& DateRanges.find(previous.text()).isEmpty()
				&& previous.text().split("\\s+").length <= MAX_HEADER_WORDS;
	}

	private static final class Builder {

		private final int line;

		private final DateSpan dates;

		private final EntryHeader.Parts parts;

		private final List<String> bullets = new ArrayList<>();

		Builder(ResumeLine line, String dates, ResumeLine above) {
			String rest = line.text().replace(dates, " ").replaceAll("^[\\s,|–—-]+|[\\s,|–—-]+$", "");
			EntryHeader.Parts own = EntryHeader.read(rest);
			boolean incomplete = own.title().confidence() < EntryHeader.ROLE_CONFIDENCE
					|| own.employer().value() == null;
			boolean useAbove = above != null && incomplete;
			this.parts = useAbove ? EntryHeader.read(above.text() + " | " + rest) : own;
			this.line = useAbove ? above.number() : line.number();
			this.dates = DateSpan.of(dates);
		}

		ExperienceEntry build() {
			return new ExperienceEntry(this.line, this.parts.title(), this.parts.employer(), this.parts.location(),
					this.dates, List.copyOf(this.bullets));
		}

	}

}
