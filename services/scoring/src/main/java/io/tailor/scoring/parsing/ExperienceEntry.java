package io.tailor.scoring.parsing;

import java.util.List;

/**
 * A position held: title, employer, dates as written, bullets, and how sure the split is.
 */
public record ExperienceEntry(String title, String employer, String dates, List<String> bullets, double confidence) {
}
