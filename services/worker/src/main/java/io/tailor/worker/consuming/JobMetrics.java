package io.tailor.worker.consuming;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.tailor.jobs.job.FailureReason;
import io.tailor.jobs.job.Job;
import io.tailor.jobs.job.ProgressEvent;
import io.tailor.jobs.job.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker's job metrics, read from a finished job's progress events: jobs completed by
 * outcome and failure reason, the time from acceptance to the final state (with and
 * without the language model's own time, taken as the tailoring stage of a job a model
 * tailored), and each stage's time, all tagged with the outcome.
 */
final class JobMetrics {

	private static final Logger log = LoggerFactory.getLogger(JobMetrics.class);

	private static final Duration SLO = Duration.ofSeconds(60);

	private final MeterRegistry meters;

	JobMetrics(MeterRegistry meters) {
		this.meters = meters;
		for (FailureReason reason : FailureReason.values()) {
			completed("FAILED", reason.name());
		}
		completed("SUCCEEDED", "none");
	}

	void succeeded(Job job, List<ProgressEvent> events, boolean modelTailored) {
		record(job, events, "SUCCEEDED", "none", modelTailored);
	}

	void failed(Job job, List<ProgressEvent> events, FailureReason reason) {
		record(job, events, "FAILED", reason.name(), false);
	}

	private void record(Job job, List<ProgressEvent> events, String outcome, String reason, boolean modelTailored) {
		Duration modelTime = Duration.ZERO;
		for (int i = 0; i + 1 < events.size(); i++) {
			Stage stage = events.get(i).stage();
			if (stage == null) {
				continue;
			}
			Duration spent = Duration.between(events.get(i).at(), events.get(i + 1).at());
			stageTimer(stage, outcome).record(spent);
			if (stage == Stage.TAILORING && modelTailored) {
				modelTime = modelTime.plus(spent);
			}
		}
		completed(outcome, reason).increment();
		Instant end = events.isEmpty() ? Instant.now() : events.get(events.size() - 1).at();
		Duration total = Duration.between(job.createdAt(), end);
		timer("tailor.job.duration", "Time from acceptance to the final state", outcome).record(total);
		Duration own = total.minus(modelTime);
		timer("tailor.job.duration.excluding.model",
				"Time from acceptance to the final state, less the language model's tailoring time", outcome)
			.record(own.isNegative() ? Duration.ZERO : own);
		log.info("job {} ({}) {} ms after acceptance, {} ms without the model", outcome, reason, total.toMillis(),
				own.toMillis());
	}

	private Counter completed(String outcome, String reason) {
		return Counter.builder("tailor.jobs.completed")
			.description("Jobs that reached a final state in the worker")
			.tag("outcome", outcome)
			.tag("reason", reason)
			.register(this.meters);
	}

	private Timer stageTimer(Stage stage, String outcome) {
		return Timer.builder("tailor.job.stage.duration")
			.description("Time a job spent in one stage")
			.tag("stage", stage.name().toLowerCase(Locale.ROOT))
			.tag("outcome", outcome)
			.publishPercentileHistogram()
			.register(this.meters);
	}

	private Timer timer(String name, String description, String outcome) {
		return Timer.builder(name)
			.description(description)
			.tag("outcome", outcome)
			.publishPercentileHistogram()
			.serviceLevelObjectives(SLO)
			.register(this.meters);
	}

}
