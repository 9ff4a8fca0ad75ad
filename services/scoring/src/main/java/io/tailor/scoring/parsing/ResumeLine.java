package io.tailor.scoring.parsing;

/** One non-blank line of the résumé, numbered from 1 as in the text received. */
public record ResumeLine(int number, String text, SectionKind section, boolean heading) {
}
