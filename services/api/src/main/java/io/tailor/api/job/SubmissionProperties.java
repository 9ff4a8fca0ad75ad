package io.tailor.api.job;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on what a submission may carry beyond the upload size, which
 * {@code spring.servlet.multipart.max-file-size} sets, and on a candidate's edited
 * résumé.
 */
@ConfigurationProperties("tailor.submission")
public record SubmissionProperties(@DefaultValue("20000") int maxJobDescriptionChars,
		@DefaultValue("100000") int maxRevisionChars) {
}
