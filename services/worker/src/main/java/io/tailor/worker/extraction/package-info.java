/** Reads the text out of an uploaded résumé: PDF, DOCX, Markdown or plain text. */
package io.tailor.worker.extraction;
