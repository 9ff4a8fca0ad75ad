package io.tailor.api.job;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.web.multipart.MultipartFile;

/** The multipart form of a submission. */
record SubmissionForm(
		@Schema(description = "PDF, DOCX, Markdown or plain text; at most 5 MB; the type is read from the content",
				requiredMode = Schema.RequiredMode.REQUIRED) MultipartFile resume,
		@Schema(description = "The job description as text; at most 20,000 characters",
				requiredMode = Schema.RequiredMode.REQUIRED) String jobDescription) {

	Submission toSubmission(String idempotencyKey) {
		if (this.resume == null) {
			throw new InvalidSubmissionException("invalid-submission", "The form has no résumé file (part `resume`)");
		}
		return new Submission(bytes(), this.resume.getOriginalFilename(), this.jobDescription, idempotencyKey);
	}

	private byte[] bytes() {
		try {
			return this.resume.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
