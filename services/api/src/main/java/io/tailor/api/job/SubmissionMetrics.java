package io.tailor.api.job;

import java.util.List;
import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.tailor.jobs.job.ResumeFormat;

import org.springframework.stereotype.Component;

/**
 * What the api counts about submissions: jobs accepted, upload sizes by format, and
 * submissions refused by the problem they were refused for (an upload over the size limit
 * shows as HTTP 413 in {@code http.server.requests}).
 */
@Component
class SubmissionMetrics {

	private static final List<String> REASONS = List.of("invalid-submission", "unsupported-resume-type",
			"resume-without-text", "idempotency-key-reused", "invalid-revision");

	private final MeterRegistry meters;

	private final Counter accepted;

	SubmissionMetrics(MeterRegistry meters) {
		this.meters = meters;
		this.accepted = Counter.builder("tailor.jobs.accepted")
			.description("Jobs accepted (answered 202 for the first time)")
			.register(meters);
		REASONS.forEach(this::refusals);
	}

	void accepted(ResumeFormat format, int bytes) {
		this.accepted.increment();
		DistributionSummary.builder("tailor.upload.size")
			.description("Size of accepted résumé files")
			.baseUnit("bytes")
			.tag("format", format.name().toLowerCase(Locale.ROOT))
			.publishPercentileHistogram()
			.register(this.meters)
			.record(bytes);
	}

	void revisionAccepted() {
		this.accepted.increment();
	}

	void refused(String reason) {
		refusals(reason).increment();
	}

	private Counter refusals(String reason) {
		return Counter.builder("tailor.upload.refusals")
			.description("Submissions refused, by the problem type they were refused with")
			.tag("reason", reason)
			.register(this.meters);
	}

}
