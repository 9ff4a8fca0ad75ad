package io.tailor.scoring.matching;

import io.tailor.scoring.parsing.SectionKind;

/** How relevant one résumé line is to the job: its best similarity to any requirement. */
public record LineRelevance(int lineNumber, String text, SectionKind section, boolean heading, double relevance) {
}
