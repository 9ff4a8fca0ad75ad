package io.tailor.scoring.parsing;

import java.util.List;

/**
 * A section: its kind, its heading as written (none for the opening contact block) and
 * lines.
 */
public record Section(SectionKind kind, String heading, List<ResumeLine> lines, double confidence) {
}
