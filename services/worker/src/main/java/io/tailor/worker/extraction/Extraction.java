package io.tailor.worker.extraction;

import java.util.List;

/**
 * A résumé's visible text, and the text it hides from a human reader (white or tiny type,
 * hidden runs, text off the page, invisible characters), which is left out of everything
 * Tailor does and reported to the owner.
 */
public record Extraction(String text, List<String> hidden) {
}
