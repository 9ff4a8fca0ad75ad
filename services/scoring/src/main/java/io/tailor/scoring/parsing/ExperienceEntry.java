package io.tailor.scoring.parsing;

import java.util.List;

/**
 * A position held: the line it starts on, title, employer and location each with its own
 * confidence, the dates, and the lines describing it (bullet markers removed).
 */
public record ExperienceEntry(int line, Field title, Field employer, Field location, DateSpan dates,
		List<String> bullets) {
}
