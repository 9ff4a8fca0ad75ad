package io.tailor.api.job;

import java.text.Normalizer;

/**
 * Original file names are kept as display metadata only: path parts, control and
 * non-printable characters are dropped, and the length capped.
 */
final class FileNames {

	private static final int MAX_LENGTH = 120;

	private FileNames() {
	}

	static String sanitize(String name) {
		if (name == null) {
			return null;
		}
		String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		String clean = Normalizer.normalize(base, Normalizer.Form.NFC)
			.replaceAll("[\\p{Cntrl}\\p{Cf}%<>:\"|?*]", "")
			.replaceAll("^\\.+", "")
			.strip();
		if (clean.isEmpty()) {
			return null;
		}
		return (clean.length() > MAX_LENGTH) ? clean.substring(0, MAX_LENGTH) : clean;
	}

}
