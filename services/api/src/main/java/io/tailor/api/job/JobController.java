package io.tailor.api.job;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.tailor.jobs.job.Job;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@Validated
@RequestMapping("/v1/jobs")
@SecurityRequirement(name = "bearer")
class JobController {

	private final SubmissionService submissions;

	private final JobQueries queries;

	private final ProgressStream progress;

	private final SubmissionRateLimit rateLimit;

	JobController(SubmissionService submissions, JobQueries queries, ProgressStream progress,
			SubmissionRateLimit rateLimit) {
		this.rateLimit = rateLimit;
		this.submissions = submissions;
		this.queries = queries;
		this.progress = progress;
	}

	@Operation(summary = "Submit a résumé and a job description",
			description = "Answers 202 at once; poll the Location for progress. The résumé's type is read from its content.")
	@ApiResponse(responseCode = "202", description = "Accepted; the Location header names the job")
	@ApiResponse(responseCode = "400", description = "Missing or too long job description, bad Idempotency-Key",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "413", description = "Résumé larger than 5 MB",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "415", description = "Résumé is none of PDF, DOCX, Markdown or text",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "422",
			description = "The Idempotency-Key was used before with another résumé or job description",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "429", description = "Too many submissions; Retry-After says when to try again",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<JobView> submit(@AuthenticationPrincipal Jwt caller, @ModelAttribute SubmissionForm form,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		Submission submission = form.toSubmission(idempotencyKey);
		Job job = this.submissions.previous(caller.getSubject(), idempotencyKey, submission).orElseGet(() -> {
			this.rateLimit.acquire(caller.getSubject());
			return this.submissions.submit(caller.getSubject(), submission);
		});
		return ResponseEntity.accepted().location(URI.create("/v1/jobs/" + job.id())).body(JobView.of(job, List.of()));
	}

	@Operation(summary = "Save the candidate's edit of a succeeded result as a new revision",
			description = "The edited résumé (Markdown) becomes a job of its own, the next revision of the chain: "
					+ "the worker checks each line against the résumé (lines it does not support are listed in "
					+ "tailoring.unsupported, not removed) and renders the exports again. The job revised keeps "
					+ "its result.")
	@ApiResponse(responseCode = "202", description = "Accepted; the Location header names the new job")
	@ApiResponse(responseCode = "400", description = "The edited résumé is empty, too long or not plain text",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "404", description = "You have no job with this id",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "409", description = "The job has not succeeded, so there is nothing to revise",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "415", description = "The body is not JSON",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "429", description = "Too many submissions; Retry-After says when to try again",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@PostMapping(path = "/{id}/revisions", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<JobView> revise(@AuthenticationPrincipal Jwt caller, @PathVariable UUID id,
			@RequestBody RevisionRequest revision) {
		this.rateLimit.acquire(caller.getSubject());
		Job job = this.submissions.revise(caller.getSubject(), id, revision.markdown());
		return ResponseEntity.accepted().location(URI.create("/v1/jobs/" + job.id())).body(JobView.of(job, List.of()));
	}

	@Operation(summary = "A job's status, stage and progress events")
	@ApiResponse(responseCode = "200", description = "The job")
	@ApiResponse(responseCode = "404", description = "You have no job with this id",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	JobView get(@AuthenticationPrincipal Jwt caller, @PathVariable UUID id) {
		return this.queries.get(caller.getSubject(), id);
	}

	@Operation(summary = "A job's progress as server-sent events",
			description = "A `progress` event carrying the job each time it changes; the stream ends after SUCCEEDED, FAILED or CANCELLED.")
	@ApiResponse(responseCode = "200", description = "The event stream")
	@ApiResponse(responseCode = "404", description = "You have no job with this id",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter events(@AuthenticationPrincipal Jwt caller, @PathVariable UUID id) {
		return this.progress.open(caller.getSubject(), id);
	}

	@Operation(summary = "A succeeded job's match report and tailored résumé")
	@ApiResponse(responseCode = "200", description = "The result")
	@ApiResponse(responseCode = "404", description = "You have no job with this id",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "409", description = "The job has not succeeded (yet)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@GetMapping(path = "/{id}/result", produces = MediaType.APPLICATION_JSON_VALUE)
	JobResultView result(@AuthenticationPrincipal Jwt caller, @PathVariable UUID id) {
		return this.queries.result(caller.getSubject(), id);
	}

	@Operation(summary = "The tailored résumé or its cover letter as a file: markdown, docx, pdf, "
			+ "cover-letter-markdown, cover-letter-docx or cover-letter-pdf")
	@ApiResponse(responseCode = "200", description = "The file, as an attachment")
	@ApiResponse(responseCode = "404", description = "No such job, result or format",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@GetMapping("/{id}/exports/{format}")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal Jwt caller, @PathVariable UUID id,
			@PathVariable String format) {
		ExportFile file = this.queries.export(caller.getSubject(), id, format);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.header("Content-Disposition", "attachment; filename=\"" + file.baseName() + "." + file.extension() + "\"")
			.body(file.content());
	}

	@Operation(summary = "The caller's jobs, newest first")
	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	JobList list(@AuthenticationPrincipal Jwt caller, @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
			@RequestParam(required = false) String cursor) {
		return this.queries.list(caller.getSubject(), limit, cursor);
	}

	@Operation(summary = "Cancel an unfinished job, or delete a finished one, with its stored data")
	@ApiResponse(responseCode = "204", description = "Cancelled or deleted")
	@ApiResponse(responseCode = "404", description = "You have no job with this id",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@AuthenticationPrincipal Jwt caller, @PathVariable UUID id) {
		this.queries.cancelOrDelete(caller.getSubject(), id);
		return ResponseEntity.noContent().build();
	}

}
