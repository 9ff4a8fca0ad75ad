package io.tailor.scoring.parsing;

/**
 * A degree or course: the line it is on, the degree ("BSc", "Master's"), its field, the
 * institution and the year or dates, each with its own confidence.
 */
public record EducationEntry(int line, Field degree, Field field, Field institution, Field dates) {
}
