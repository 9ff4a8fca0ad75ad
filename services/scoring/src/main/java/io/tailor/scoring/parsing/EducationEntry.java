package io.tailor.scoring.parsing;

/** A degree or course: the line as written, the degree found in it, and its dates. */
public record EducationEntry(String text, String degree, String dates, double confidence) {
}
