package io.tailor.api.job;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.tailor.jobs.job.JobRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts, once each, the jobs still unfinished an hour (by default) after they were
 * accepted, as {@code tailor.jobs.lost}: the signal behind the "no accepted job lost"
 * objective. Replicas share the marking, so a job is counted by one of them.
 */
@Component
class LostJobWatch {

	private static final Logger log = LoggerFactory.getLogger(LostJobWatch.class);

	private final JobRepository jobs;

	private final Duration after;

	private final Counter lost;

	LostJobWatch(JobRepository jobs, MeterRegistry meters, @Value("${tailor.lost-job.after:1h}") Duration after) {
		this.jobs = jobs;
		this.after = after;
		this.lost = Counter.builder("tailor.jobs.lost")
			.description("Jobs still unfinished long after they were accepted, counted once each")
			.register(meters);
	}

	@Scheduled(initialDelayString = "${tailor.lost-job.interval:1m}",
			fixedDelayString = "${tailor.lost-job.interval:1m}")
	void check() {
		try {
			int marked = this.jobs.markLost(this.after);
			if (marked > 0) {
				this.lost.increment(marked);
				log.warn("{} job(s) still unfinished {} after acceptance", marked, this.after);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Lost-job check failed: {}", ex.getMessage());
		}
	}

}
