package io.tailor.api.job;

import jakarta.servlet.http.HttpServletRequest;
import io.tailor.api.system.Problems;
import io.tailor.jobs.blob.BlobNotFoundException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The job API's own problems. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class JobProblems {

	private final SubmissionMetrics metrics;

	JobProblems(SubmissionMetrics metrics) {
		this.metrics = metrics;
	}

	@ExceptionHandler(JobNotFoundException.class)
	ProblemDetail notFound(JobNotFoundException ex, HttpServletRequest request) {
		return Problems.of(HttpStatus.NOT_FOUND, "job-not-found", "Job not found", "You have no job with this id",
				request.getRequestURI());
	}

	@ExceptionHandler(SubmissionRateLimit.TooManySubmissionsException.class)
	ResponseEntity<ProblemDetail> tooMany(SubmissionRateLimit.TooManySubmissionsException ex,
			HttpServletRequest request) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()))
			.body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-submissions", "Too many submissions",
					ex.getMessage(), request.getRequestURI()));
	}

	@ExceptionHandler(BlobNotFoundException.class)
	ProblemDetail noFile(BlobNotFoundException ex, HttpServletRequest request) {
		return Problems.of(HttpStatus.NOT_FOUND, "export-not-found", "No such file",
				"This result has no file in that format", request.getRequestURI());
	}

	@ExceptionHandler(InvalidSubmissionException.class)
	ProblemDetail invalid(InvalidSubmissionException ex, HttpServletRequest request) {
		this.metrics.refused(ex.problem());
		HttpStatus status = switch (ex.problem()) {
			case "unsupported-resume-type" -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
			case "idempotency-key-reused", "resume-without-text" -> HttpStatus.UNPROCESSABLE_CONTENT;
			default -> HttpStatus.BAD_REQUEST;
		};
		return Problems.of(status, ex.problem(), "Submission refused", ex.getMessage(), request.getRequestURI());
	}

	@ExceptionHandler(ResultNotReadyException.class)
	ProblemDetail notReady(ResultNotReadyException ex, HttpServletRequest request) {
		return Problems.of(HttpStatus.CONFLICT, "result-not-ready", "No result yet", ex.getMessage(),
				request.getRequestURI());
	}

}
