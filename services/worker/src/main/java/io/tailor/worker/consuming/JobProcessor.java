package io.tailor.worker.consuming;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tailor.jobs.blob.BlobKeys;
import io.tailor.jobs.blob.BlobStore;
import io.tailor.jobs.job.FailureReason;
import io.tailor.jobs.job.Job;
import io.tailor.jobs.job.JobRepository;
import io.tailor.jobs.job.JobResult;
import io.tailor.jobs.job.JobStatus;
import io.tailor.jobs.job.Stage;
import io.tailor.jobs.queue.Delivery;
import io.tailor.jobs.queue.JobQueue;
import io.tailor.worker.extraction.Extraction;
import io.tailor.worker.extraction.TextExtractor;
import io.tailor.worker.extraction.UnparseableFileException;
import io.tailor.worker.rendering.Export;
import io.tailor.worker.rendering.Exports;
import io.tailor.worker.scoring.ScoringClient;
import io.tailor.worker.scoring.ScoringRejectedException;
import io.tailor.worker.scoring.ScoringReport;
import io.tailor.worker.scoring.ScoringUnavailableException;
import io.tailor.worker.llm.ModelRefusedException;
import io.tailor.worker.llm.ModelTruncatedException;
import io.tailor.worker.llm.ModelUnavailableException;
import io.tailor.worker.tailoring.CoverLetterWriter;
import io.tailor.worker.tailoring.InvalidModelOutputException;
import io.tailor.worker.tailoring.OriginalMarkdown;
import io.tailor.worker.tailoring.PageBudget;
import io.tailor.worker.tailoring.TailoredResume;
import io.tailor.worker.verification.GroundingCheck;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries one delivered job through extracting, scoring, tailoring, verifying and
 * rendering. Every status write is version-checked and every stage renews the lease, so a
 * job cancelled meanwhile, or taken over by another worker, is dropped, and a job
 * delivered twice is stored once: a finished job's message is simply completed.
 */
public class JobProcessor {

	private final JobRepository jobs;

	private final JobQueue queue;

	private final BlobStore blobs;

	private final TextExtractor extractor;

	private final ScoringClient scoring;

	private final TailoringStep tailoring;

	private final TransactionTemplate transaction;

	private final WorkerProperties properties;

	/**
	 * The cover letter's exports are stored and named with this prefix: cover-letter-pdf.
	 */
	static final String COVER_LETTER = "cover-letter-";

	private final JsonMapper json = JsonMapper.builder().build();

	private final Exports exports;

	private final JobMetrics metrics;

	public JobProcessor(JobRepository jobs, JobQueue queue, BlobStore blobs, TextExtractor extractor,
			ScoringClient scoring, TailoringStep tailoring, TransactionTemplate transaction,
			WorkerProperties properties) {
		this(jobs, queue, blobs, extractor, scoring, tailoring, transaction, properties, new SimpleMeterRegistry());
	}

	public JobProcessor(JobRepository jobs, JobQueue queue, BlobStore blobs, TextExtractor extractor,
			ScoringClient scoring, TailoringStep tailoring, TransactionTemplate transaction,
			WorkerProperties properties, MeterRegistry meters) {
		this.jobs = jobs;
		this.queue = queue;
		this.blobs = blobs;
		this.extractor = extractor;
		this.scoring = scoring;
		this.tailoring = tailoring;
		this.transaction = transaction;
		this.properties = properties;
		this.exports = new Exports(extractor);
		this.metrics = new JobMetrics(meters);
	}

	public void process(Delivery delivery) {
		Job job = this.jobs.find(delivery.message().jobId()).orElse(null);
		if (job == null || job.status().isFinished()) {
			this.queue.complete(delivery);
			return;
		}
		if (delivery.attempt() > this.queue.maxDeliveries()) {
			fail(job, delivery, FailureReason.ATTEMPTS_EXHAUSTED,
					"gave up after " + this.queue.maxDeliveries() + " deliveries");
			return;
		}
		try {
			run(job, delivery);
		}
		catch (JobChangedException ex) {
			Job now = this.jobs.find(job.id()).orElse(null);
			if (now == null || now.status().isFinished()) {
				this.queue.complete(delivery);
			}
		}
	}

	private void run(Job job, Delivery delivery) {
		Job current = stage(job, delivery, Stage.EXTRACTING);
		Extraction extraction;
		try {
			extraction = this.extractor.extractWithHidden(this.blobs.get(current.blobKey()), current.format());
		}
		catch (UnparseableFileException ex) {
			fail(current, delivery, ex.reason(), ex.getMessage());
			return;
		}
		String text = extraction.text();
		if (!extraction.hidden().isEmpty()) {
			this.jobs.recordEvent(current.id(), JobStatus.PROCESSING, Stage.EXTRACTING,
					extraction.hidden().size() + " piece(s) of text hidden from human readers were found and left out");
		}
		current = stage(current, delivery, Stage.SCORING);
		ScoringReport report;
		try {
			report = this.scoring.match(text, current.jobDescription());
		}
		catch (ScoringUnavailableException ex) {
			retryOrFail(current, delivery, FailureReason.SCORING_UNAVAILABLE, ex.getMessage(), null);
			return;
		}
		catch (ScoringRejectedException ex) {
			fail(current, delivery, FailureReason.SCORING_REJECTED, ex.getMessage());
			return;
		}
		current = stage(current, delivery, Stage.TAILORING);
		TailoredResume tailored;
		try {
			tailored = this.tailoring.run(current, report);
		}
		catch (ModelUnavailableException ex) {
			retryOrFail(current, delivery, FailureReason.LLM_UNAVAILABLE, ex.getMessage(),
					ex.retryAfter().orElse(null));
			return;
		}
		catch (ModelRefusedException ex) {
			fail(current, delivery, FailureReason.CONTENT_FILTERED, ex.getMessage());
			return;
		}
		catch (ModelTruncatedException ex) {
			fail(current, delivery, FailureReason.TRUNCATED, ex.getMessage());
			return;
		}
		catch (InvalidModelOutputException ex) {
			fail(current, delivery, FailureReason.INVALID_MODEL_OUTPUT, ex.getMessage());
			return;
		}
		current = stage(current, delivery, Stage.VERIFYING);
		List<GroundingCheck.UnsupportedLine> marked = List.of();
		if (current.revision().isEdit()) {
			marked = GroundingCheck.marks(tailored.markdown(), text, jobWords(report));
		}
		else {
			tailored = PageBudget.fit(tailored, report, this.exports::pages);
			List<String> ungrounded = GroundingCheck.unsupportedClaims(tailored.markdown(), text,
					"offline".equals(tailored.tailor()) ? jobWords(report) : List.of());
			if (!ungrounded.isEmpty()) {
				fail(current, delivery, FailureReason.UNGROUNDED_OUTPUT,
						ungrounded.size() + " tailored line(s) are not in the résumé");
				return;
			}
		}
		current = stage(current, delivery, Stage.RENDERING);
		List<TailoringRecord.ExportRecord> exports = new ArrayList<>();
		store(current, "", this.exports.render(tailored.markdown()), exports);
		CoverLetterWriter.Letter letter = this.tailoring.letter(current, report, tailored);
		store(current, COVER_LETTER, this.exports.renderLetter(letter.markdown()), exports);
		succeed(current, delivery, report, tailored, exports, new TailoringRecord.Extras(extraction.hidden(),
				OriginalMarkdown.of(report.lines()), marked, letter.writer()));
	}

	private static List<String> jobWords(ScoringReport report) {
		return report.wordings().stream().map(ScoringReport.Wording::job).toList();
	}

	private void store(Job job, String prefix, List<Export> rendered, List<TailoringRecord.ExportRecord> records) {
		for (Export export : rendered) {
			this.blobs.put(BlobKeys.forExport(job.id(), prefix + export.format()), export.content(),
					export.mediaType());
			records.add(new TailoringRecord.ExportRecord(prefix + export.format(), export.roundTrip()));
		}
	}

	private Job stage(Job job, Delivery delivery, Stage stage) {
		if (!this.queue.renew(delivery)) {
			throw new JobChangedException("lease lost");
		}
		return this.jobs.save(job.moveTo(JobStatus.PROCESSING, stage, null), stage.name().toLowerCase(Locale.ROOT))
			.orElseThrow(() -> new JobChangedException("job changed"));
	}

	private void succeed(Job job, Delivery delivery, ScoringReport report, TailoredResume tailored,
			List<TailoringRecord.ExportRecord> exports, TailoringRecord.Extras grounding) {
		this.transaction.executeWithoutResult((status) -> {
			if (!this.queue.renew(delivery)) {
				throw new JobChangedException("lease lost before commit");
			}
			this.jobs.saveResult(
					new JobResult(job.id(), report.score(), report.json(), tailored.markdown(),
							this.json.writeValueAsString(
									TailoringRecord.of(tailored, exports, report, job.jobDescription(), grounding)),
							null));
			this.jobs.save(job.moveTo(JobStatus.SUCCEEDED, null, null), succeeded(tailored, grounding))
				.orElseThrow(() -> new JobChangedException("job changed"));
		});
		this.queue.complete(delivery);
		this.metrics.succeeded(job, this.jobs.events(job.id()), tailored.tailor().startsWith("llm"));
	}

	private static String succeeded(TailoredResume tailored, TailoringRecord.Extras grounding) {
		if (!tailored.tailor().equals("candidate")) {
			return "succeeded; tailored by " + tailored.tailor()
					+ ((tailored.fallback() != null) ? " (" + tailored.fallback() + ")" : "");
		}
		return "succeeded; your edit was rendered" + (grounding.unsupported().isEmpty() ? ""
				: "; " + grounding.unsupported().size() + " line(s) name something your résumé does not");
	}

	private void retryOrFail(Job job, Delivery delivery, FailureReason reason, String error, Duration asked) {
		if (delivery.attempt() >= this.queue.maxDeliveries()) {
			fail(job, delivery, reason, error);
			return;
		}
		Duration backoff = this.properties.backoff(delivery.attempt());
		if (asked != null && asked.compareTo(backoff) > 0) {
			backoff = asked;
		}
		this.jobs.save(job.moveTo(JobStatus.QUEUED, null, null), error + "; retry " + (delivery.attempt() + 1) + " of "
				+ this.queue.maxDeliveries() + " in " + backoff.toSeconds() + "s");
		this.queue.retry(delivery, backoff, error);
	}

	private void fail(Job job, Delivery delivery, FailureReason reason, String detail) {
		boolean failed = this.jobs.save(job.moveTo(JobStatus.FAILED, null, reason), detail).isPresent();
		this.queue.deadLetter(delivery, reason.name() + ": " + detail);
		if (failed) {
			this.metrics.failed(job, this.jobs.events(job.id()), reason);
		}
	}

}
