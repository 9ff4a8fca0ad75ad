package io.tailor.api.job;

/** A candidate's edit of a result: the whole résumé as Markdown, as the page shows it. */
record RevisionRequest(String markdown) {
}
