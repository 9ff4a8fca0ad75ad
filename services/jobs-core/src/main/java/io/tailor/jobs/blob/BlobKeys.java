package io.tailor.jobs.blob;

import java.util.UUID;
import java.util.regex.Pattern;

/** Makes and checks blob keys; keys never carry anything a user typed. */
public final class BlobKeys {

	private static final Pattern VALID = Pattern.compile("[A-Za-z0-9-]+(/[A-Za-z0-9-]+)*");

	private BlobKeys() {
	}

	public static String forResume(UUID jobId) {
		return "resumes/" + jobId;
	}

	/**
	 * Where a job's tailored résumé in one format ({@code docx}, {@code pdf}) is kept.
	 */
	public static String forExport(UUID jobId, String format) {
		return requireValid("exports/" + jobId + "/" + format);
	}

	public static String requireValid(String key) {
		if (key == null || key.length() > 200 || !VALID.matcher(key).matches()) {
			throw new IllegalArgumentException("Invalid blob key");
		}
		return key;
	}

}
