package io.tailor.api.job;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.tailor.contract.MatchReport;
import io.tailor.contract.Tailoring;
import io.tailor.jobs.blob.BlobKeys;
import io.tailor.jobs.blob.BlobStore;
import io.tailor.jobs.job.Job;
import io.tailor.jobs.job.JobPage;
import io.tailor.jobs.job.JobRepository;
import io.tailor.jobs.job.JobResult;
import io.tailor.jobs.job.JobStatus;
import io.tailor.jobs.job.PageCursor;
import io.tailor.jobs.job.ResumeFormat;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/** Reads and cancels a caller's jobs; another caller's job is treated as nonexistent. */
@Service
class JobQueries {

	private static final int CANCEL_TRIES = 5;

	private final JobRepository jobs;

	private final BlobStore blobs;

	private final ObjectReader reports;

	private final ObjectReader tailorings;

	private final Counter cancelled;

	JobQueries(JobRepository jobs, BlobStore blobs, JsonMapper json, MeterRegistry meters) {
		this.jobs = jobs;
		this.blobs = blobs;
		this.reports = Stored.reader(json, MatchReport.class);
		this.tailorings = Stored.reader(json, Tailoring.class);
		this.cancelled = Counter.builder("tailor.jobs.completed")
			.description("Jobs that reached a final state in the api: cancelled by their owner")
			.tag("outcome", "CANCELLED")
			.tag("reason", "none")
			.register(meters);
	}

	JobView get(String owner, UUID id) {
		Job job = owned(owner, id);
		return JobView.of(job, this.jobs.events(id));
	}

	JobResultView result(String owner, UUID id) {
		Job job = owned(owner, id);
		JobResult result = this.jobs.findResult(id).orElseThrow(() -> new ResultNotReadyException(job.status()));
		Tailoring tailoring = this.tailorings.readValue(result.tailoringJson());
		MatchReport report = this.reports.readValue(result.reportJson());
		return new JobResultView(id, result.score(), report, result.tailoredMarkdown(), tailoring,
				ExportLinks.of(id, tailoring), result.createdAt());
	}

	JobList list(String owner, int limit, String cursor) {
		JobPage page = this.jobs.list(owner, limit, (cursor != null) ? cursor(cursor) : null);
		Map<UUID, Integer> scores = this.jobs.scores(page.jobs().stream().map(Job::id).toList());
		List<JobSummary> items = page.jobs().stream().map((j) -> JobSummary.of(j, scores.get(j.id()))).toList();
		String next = (page.nextCursor() != null) ? "/v1/jobs?limit=" + limit + "&cursor=" + page.nextCursor() : null;
		return new JobList(items, page.nextCursor(), next);
	}

	private ExportFile coverLetter(UUID id, String format, String mediaType, String extension) {
		return new ExportFile(mediaType, extension, this.blobs.get(BlobKeys.forExport(id, "cover-letter-" + format)),
				"cover-letter");
	}

	/**
	 * The Markdown the worker rendered for reading; results from before it did: the
	 * tailored lines.
	 */
	private byte[] markdown(UUID id, JobResult result) {
		try {
			return this.blobs.get(BlobKeys.forExport(id, "markdown"));
		}
		catch (io.tailor.jobs.blob.BlobNotFoundException ex) {
			return result.tailoredMarkdown().getBytes(StandardCharsets.UTF_8);
		}
	}

	/** A succeeded job's tailored résumé as a file: Markdown, DOCX or PDF. */
	ExportFile export(String owner, UUID id, String format) {
		JobResult result = this.jobs.findResult(owned(owner, id).id()).orElseThrow(() -> new JobNotFoundException(id));
		return switch (format) {
			case "markdown" -> new ExportFile("text/markdown;charset=UTF-8", "md", markdown(id, result));
			case "docx" ->
				new ExportFile(ResumeFormat.DOCX.mediaType(), "docx", this.blobs.get(BlobKeys.forExport(id, "docx")));
			case "pdf" ->
				new ExportFile(ResumeFormat.PDF.mediaType(), "pdf", this.blobs.get(BlobKeys.forExport(id, "pdf")));
			case "cover-letter-markdown" -> coverLetter(id, "markdown", "text/markdown;charset=UTF-8", "md");
			case "cover-letter-docx" -> coverLetter(id, "docx", ResumeFormat.DOCX.mediaType(), "docx");
			case "cover-letter-pdf" -> coverLetter(id, "pdf", ResumeFormat.PDF.mediaType(), "pdf");
			default -> throw new JobNotFoundException(id);
		};
	}

	/**
	 * Cancels an unfinished job and deletes its file; a finished job is deleted with all
	 * its data.
	 */
	void cancelOrDelete(String owner, UUID id) {
		for (int attempt = 0; attempt < CANCEL_TRIES; attempt++) {
			Job job = owned(owner, id);
			if (job.status().isFinished()) {
				this.jobs.delete(id);
				this.blobs.delete(job.blobKey());
				ExportLinks.STORED.forEach((format) -> this.blobs.delete(BlobKeys.forExport(id, format)));
				return;
			}
			if (this.jobs.save(job.moveTo(JobStatus.CANCELLED, null, null), "cancelled by the owner").isPresent()) {
				this.cancelled.increment();
				this.blobs.delete(job.blobKey());
				return;
			}
		}
		throw new IllegalStateException("Job " + id + " kept changing while being cancelled");
	}

	private Job owned(String owner, UUID id) {
		return this.jobs.findOwned(id, owner).orElseThrow(() -> new JobNotFoundException(id));
	}

	private static PageCursor cursor(String token) {
		try {
			return PageCursor.decode(token);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidSubmissionException("invalid-cursor", "The cursor is not one this API issued");
		}
	}

}
