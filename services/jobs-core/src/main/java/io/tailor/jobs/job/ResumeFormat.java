package io.tailor.jobs.job;

/** The formats a résumé may be uploaded in, decided from the file's content. */
public enum ResumeFormat {

	PDF("application/pdf"), DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	MARKDOWN("text/markdown"), TEXT("text/plain");

	private final String mediaType;

	ResumeFormat(String mediaType) {
		this.mediaType = mediaType;
	}

	public String mediaType() {
		return this.mediaType;
	}

}
