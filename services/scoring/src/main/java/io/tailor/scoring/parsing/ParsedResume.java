package io.tailor.scoring.parsing;

import java.util.List;

/** A résumé read into its parts; {@code lines} are all its non-blank lines in order. */
public record ParsedResume(List<Section> sections, List<ExperienceEntry> experience, List<EducationEntry> education,
		List<ResumeLine> lines) {
}
