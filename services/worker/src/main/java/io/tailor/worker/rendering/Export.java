package io.tailor.worker.rendering;

/**
 * A rendered file: its format, bytes, and whether reading it back with Tailor's own
 * extractor found every line of the tailored résumé.
 */
public record Export(String format, String mediaType, byte[] content, boolean roundTrip) {
}
