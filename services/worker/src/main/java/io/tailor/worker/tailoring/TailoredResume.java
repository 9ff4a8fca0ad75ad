package io.tailor.worker.tailoring;

/** A tailored résumé and which tailor wrote it. */
public record TailoredResume(String markdown, String tailor) {
}
