package io.tailor.api.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Validated
@RequestMapping("/v1/jobs")
@SecurityRequirement(name = "bearer")
class JobController {

	private final SubmissionService submissions;

	private final JobQueries queries;

	JobController(SubmissionService submissions, JobQueries queries) {
		this.submissions = submissions;
		this.queries = queries;
	}

	@Operation(summary = "Submit a résumé and a job description",
			description = "Answers 202 at once; poll the Location for progress. The résumé's type is read from its content.")
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<JobView> submit(@AuthenticationPrincipal Jwt caller, @Parameter(
			description = "PDF, DOCX, Markdown or plain text; at most 5 MB") @RequestPart("resume") MultipartFile resume,
			@RequestParam("jobDescription") String jobDescription,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		Job job = this.submissions.previous(caller.getSubject(), idempotencyKey)
			.orElseGet(() -> this.submissions.submit(caller.getSubject(),
					new Submission(bytes(resume), resume.getOriginalFilename(), jobDescription, idempotencyKey)));
		return ResponseEntity.accepted().location(URI.create("/v1/jobs/" + job.id())).body(JobView.of(job, List.of()));
	}

	@Operation(summary = "A job's status, stage and progress events")
	@GetMapping("/{id}")
	JobView get(@AuthenticationPrincipal Jwt caller, @PathVariable UUID id) {
		return this.queries.get(caller.getSubject(), id);
	}

	@Operation(summary = "A succeeded job's match report and tailored résumé")
	@GetMapping("/{id}/result")
	JobResultView result(@AuthenticationPrincipal Jwt caller, @PathVariable UUID id) {
		return this.queries.result(caller.getSubject(), id);
	}

	@Operation(summary = "The caller's jobs, newest first")
	@GetMapping
	JobList list(@AuthenticationPrincipal Jwt caller, @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
			@RequestParam(required = false) String cursor) {
		return this.queries.list(caller.getSubject(), limit, cursor);
	}

	@Operation(summary = "Cancel an unfinished job, or delete a finished one, with its stored data")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@AuthenticationPrincipal Jwt caller, @PathVariable UUID id) {
		this.queries.cancelOrDelete(caller.getSubject(), id);
		return ResponseEntity.noContent().build();
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
