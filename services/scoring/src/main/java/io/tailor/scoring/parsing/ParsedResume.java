package io.tailor.scoring.parsing;

import java.util.List;

/**
 * A résumé read into its parts; {@code lines} are all its non-blank lines in order,
 * {@code language} a guess (ISO 639-1, {@code und} when unsure), {@code notes} what a
 * caller should know about how well it could be read.
 */
public record ParsedResume(List<Section> sections, List<ExperienceEntry> experience, List<EducationEntry> education,
		List<ResumeLine> lines, String language, List<Note> notes) {

	/** Something about the reading: a stable code and a sentence. */
	public record Note(String code, String message) {
	}

}
