package io.tailor.api.job;

/**
 * A downloadable file: media type, file extension, bytes, and the name it is saved under.
 */
record ExportFile(String mediaType, String extension, byte[] content, String baseName) {

	ExportFile(String mediaType, String extension, byte[] content) {
		this(mediaType, extension, content, "tailored-resume");
	}

}
