package io.tailor.worker.consuming;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tailor.jobs.blob.BlobStore;
import io.tailor.jobs.job.FailureReason;
import io.tailor.jobs.job.Job;
import io.tailor.jobs.job.JobRepository;
import io.tailor.jobs.job.JobResult;
import io.tailor.jobs.job.JobStatus;
import io.tailor.jobs.job.Stage;
import io.tailor.jobs.queue.Delivery;
import io.tailor.jobs.queue.JobQueue;
import io.tailor.worker.extraction.TextExtractor;
import io.tailor.worker.rendering.Exports;
import io.tailor.worker.scoring.ScoringClient;
import io.tailor.worker.scoring.ScoringReport;
import io.tailor.worker.tailoring.OriginalMarkdown;
import io.tailor.worker.tailoring.TailoredResume;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries one delivered job through its stages (extracting, scoring, tailoring, verifying
 * and rendering), each of which says how its failures end the job: at once, or after the
 * queue's further deliveries with backoff. Every status write is version-checked and
 * every stage renews the lease, so a job cancelled meanwhile, or taken over by another
 * worker, is dropped, and a job delivered twice is stored once: a finished job's message
 * is simply completed.
 */
public class JobProcessor {

	private final JobRepository jobs;

	private final JobQueue queue;

	private final TransactionTemplate transaction;

	private final WorkerProperties properties;

	private final JsonMapper json = JsonMapper.builder().build();

	private final JobMetrics metrics;

	private final List<JobStage> stages;

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
		this.transaction = transaction;
		this.properties = properties;
		this.metrics = new JobMetrics(meters);
		Exports exports = new Exports(extractor);
		this.stages = List.of(new ExtractingStage(blobs, extractor, jobs), new ScoringStage(scoring),
				new TailoringStage(tailoring), new VerifyingStage(exports),
				new RenderingStage(blobs, exports, tailoring));
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
		JobRun run = new JobRun(job, delivery);
		for (JobStage stage : this.stages) {
			run.moved(enter(run, stage.stage()));
			Optional<Failures.Failure> failure = attempt(stage, run);
			if (failure.isPresent()) {
				end(run, failure.get());
				return;
			}
		}
		succeed(run);
	}

	/** Runs a stage; empty when it did its work, else how its failure ends the job. */
	private static Optional<Failures.Failure> attempt(JobStage stage, JobRun run) {
		try {
			stage.run(run);
			return Optional.empty();
		}
		catch (RuntimeException ex) {
			return Optional.of(stage.failures().of(ex).orElseThrow(() -> ex));
		}
	}

	private void end(JobRun run, Failures.Failure failure) {
		if (failure.retried()) {
			retryOrFail(run.job(), run.delivery(), failure.reason(), failure.detail(), failure.retryAfter());
		}
		else {
			fail(run.job(), run.delivery(), failure.reason(), failure.detail());
		}
	}

	/**
	 * Renews the lease, then records the job in {@code stage} (version-checked); either
	 * failing means the job changed under this worker.
	 */
	private Job enter(JobRun run, Stage stage) {
		if (!this.queue.renew(run.delivery())) {
			throw new JobChangedException("lease lost");
		}
		return this.jobs
			.save(run.job().moveTo(JobStatus.PROCESSING, stage, null), stage.name().toLowerCase(Locale.ROOT))
			.orElseThrow(() -> new JobChangedException("job changed"));
	}

	private void succeed(JobRun run) {
		Job job = run.job();
		TailoredResume tailored = run.tailored();
		ScoringReport report = run.report();
		TailoringRecord.Extras grounding = new TailoringRecord.Extras(run.extraction().hidden(),
				OriginalMarkdown.of(report.lines()), run.marked(), run.letter().writer());
		this.transaction.executeWithoutResult((status) -> {
			if (!this.queue.renew(run.delivery())) {
				throw new JobChangedException("lease lost before commit");
			}
			this.jobs.saveResult(new JobResult(job.id(), report.score(), report.json(), tailored.markdown(),
					this.json.writeValueAsString(
							TailoringRecord.of(tailored, run.exports(), report, job.jobDescription(), grounding)),
					null));
			this.jobs.save(job.moveTo(JobStatus.SUCCEEDED, null, null), succeeded(tailored, grounding))
				.orElseThrow(() -> new JobChangedException("job changed"));
		});
		this.queue.complete(run.delivery());
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
