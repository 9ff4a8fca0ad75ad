package io.tailor.api.job;

/** A downloadable file: media type, file extension, bytes. */
record ExportFile(String mediaType, String extension, byte[] content) {
}
