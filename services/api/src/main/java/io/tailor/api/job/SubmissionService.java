package io.tailor.api.job;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import io.tailor.jobs.blob.BlobKeys;
import io.tailor.jobs.blob.BlobStore;
import io.tailor.jobs.job.Job;
import io.tailor.jobs.job.JobRepository;
import io.tailor.jobs.job.JobRevision;
import io.tailor.jobs.job.JobStatus;
import io.tailor.jobs.job.NewJob;
import io.tailor.jobs.job.ResumeFormat;
import io.tailor.jobs.outbox.Outbox;
import io.tailor.jobs.queue.JobMessage;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepts a submission: stores the file under a key of its own, then records the job and
 * its outbox message in one transaction, and relays the message once committed (the
 * background relay retries what this misses). A failure after the upload removes the
 * file, so nothing is left half-accepted.
 */
@Service
class SubmissionService {

	/** Control characters other than tab, line feed and carriage return. */
	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

	private static final String TEXTLESS = "This PDF has no text in it, only pictures: it looks like a scan or a photo "
			+ "saved as PDF, and Tailor reads a résumé's text, it does not guess it from images. Upload the DOCX or "
			+ "the PDF saved from the editor it was written in, or run text recognition (OCR) on the scan first";

	private final JobRepository jobs;

	private final Outbox outbox;

	private final OutboxRelay relay;

	private final BlobStore blobs;

	private final TransactionTemplate transaction;

	private final CurrentTrace trace;

	private final SubmissionProperties limits;

	private final SubmissionMetrics metrics;

	SubmissionService(JobRepository jobs, Outbox outbox, OutboxRelay relay, BlobStore blobs,
			TransactionTemplate transaction, CurrentTrace trace, SubmissionProperties limits,
			SubmissionMetrics metrics) {
		this.jobs = jobs;
		this.outbox = outbox;
		this.relay = relay;
		this.blobs = blobs;
		this.transaction = transaction;
		this.trace = trace;
		this.limits = limits;
		this.metrics = metrics;
	}

	Job submit(String owner, Submission submission) {
		ResumeFormat format = validate(submission);
		UUID id = UUID.randomUUID();
		String blobKey = BlobKeys.forResume(id);
		this.blobs.put(blobKey, submission.resume(), format.mediaType());
		try {
			JobRepository.Submission recorded = record(
					new NewJob(id, owner, blobKey, format, FileNames.sanitize(submission.fileName()),
							submission.jobDescription(), submission.idempotencyKey()));
			if (!recorded.created()) {
				this.blobs.delete(blobKey);
				sameRequest(recorded.job(), submission);
			}
			else {
				this.metrics.accepted(format, submission.resume().length);
			}
			this.relay.relayNow();
			return recorded.job();
		}
		catch (RuntimeException ex) {
			this.blobs.delete(blobKey);
			throw ex;
		}
	}

	/**
	 * Records the candidate's edit of a succeeded result as the next revision of its
	 * chain: a job of its own, with its own copy of the résumé file, which the worker
	 * checks against the résumé and renders.
	 * @throws ResultNotReadyException when the job revised has not succeeded
	 */
	Job revise(String owner, UUID id, String markdown) {
		Job parent = this.jobs.findOwned(id, owner).orElseThrow(() -> new JobNotFoundException(id));
		if (parent.status() != JobStatus.SUCCEEDED) {
			throw new ResultNotReadyException(parent.status());
		}
		checkRevision(markdown);
		UUID chain = (parent.revision().of() != null) ? parent.revision().of() : parent.id();
		UUID revisionId = UUID.randomUUID();
		String blobKey = BlobKeys.forResume(revisionId);
		this.blobs.put(blobKey, this.blobs.get(parent.blobKey()), parent.format().mediaType());
		try {
			JobRepository.Submission recorded = record(
					new NewJob(revisionId, owner, blobKey, parent.format(), parent.fileName(), parent.jobDescription(),
							null, new JobRevision(chain, this.jobs.nextRevision(chain), markdown)));
			this.metrics.revisionAccepted();
			this.relay.relayNow();
			return recorded.job();
		}
		catch (RuntimeException ex) {
			this.blobs.delete(blobKey);
			throw ex;
		}
	}

	private void checkRevision(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			throw new InvalidSubmissionException("invalid-revision", "The edited résumé is empty");
		}
		if (markdown.length() > this.limits.maxRevisionChars()) {
			throw new InvalidSubmissionException("invalid-revision", "The edited résumé has " + markdown.length()
					+ " characters; at most " + this.limits.maxRevisionChars() + " are accepted");
		}
		if (CONTROL.matcher(markdown).find()) {
			throw new InvalidSubmissionException("invalid-revision",
					"The edited résumé contains control characters (such as NUL); send plain text");
		}
	}

	/**
	 * The caller's job already recorded under this idempotency key, if any.
	 * @throws InvalidSubmissionException ({@code idempotency-key-reused}) when that job
	 * was submitted with another résumé or job description
	 */
	Optional<Job> previous(String owner, String idempotencyKey, Submission submission) {
		Optional<Job> previous = (idempotencyKey != null) ? this.jobs.findByIdempotencyKey(owner, idempotencyKey)
				: Optional.empty();
		previous.ifPresent((job) -> sameRequest(job, submission));
		return previous;
	}

	private void sameRequest(Job job, Submission submission) {
		boolean sameDescription = job.jobDescription().equals(submission.jobDescription());
		if (!sameDescription || !sameResume(job, submission.resume())) {
			throw new InvalidSubmissionException("idempotency-key-reused",
					"This Idempotency-Key was already used for a submission with another résumé or job description; "
							+ "use a new key for a new submission");
		}
	}

	private boolean sameResume(Job job, byte[] resume) {
		try {
			return java.util.Arrays.equals(this.blobs.get(job.blobKey()), resume);
		}
		catch (io.tailor.jobs.blob.BlobNotFoundException ex) {
			return true;
		}
	}

	private JobRepository.Submission record(NewJob job) {
		Map<String, String> headers = this.trace.headers();
		return this.transaction.execute((status) -> {
			JobRepository.Submission recorded = this.jobs.insert(job);
			if (recorded.created()) {
				this.outbox.add(new JobMessage(job.id(), headers.get("traceparent"), headers.get("tracestate")));
			}
			return recorded;
		});
	}

	private ResumeFormat validate(Submission submission) {
		if (submission.resume().length == 0) {
			throw new InvalidSubmissionException("invalid-submission", "The résumé file is empty");
		}
		String description = submission.jobDescription();
		if (description == null || description.isBlank()) {
			throw new InvalidSubmissionException("invalid-submission", "The job description is missing");
		}
		if (CONTROL.matcher(description).find()) {
			throw new InvalidSubmissionException("invalid-submission",
					"The job description contains control characters (such as NUL); send plain text");
		}
		if (description.length() > this.limits.maxJobDescriptionChars()) {
			throw new InvalidSubmissionException("invalid-submission", "The job description has " + description.length()
					+ " characters; at most " + this.limits.maxJobDescriptionChars() + " are accepted");
		}
		IdempotencyKeys.check(submission.idempotencyKey());
		ResumeFormat format = ResumeTypeDetector.detect(submission.resume())
			.orElseThrow(() -> new InvalidSubmissionException("unsupported-resume-type",
					ResumeTypeDetector.refusal(submission.resume())));
		if (format == ResumeFormat.PDF && TextlessPdf.certain(submission.resume())) {
			throw new InvalidSubmissionException("resume-without-text", TEXTLESS);
		}
		return format;
	}

}
