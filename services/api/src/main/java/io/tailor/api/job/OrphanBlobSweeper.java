package io.tailor.api.job;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.tailor.jobs.blob.BlobStore;
import io.tailor.jobs.job.JobRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes uploaded files that no job owns: what an api crash between storing a file and
 * committing its job leaves behind. A file is swept only once it is older than the grace
 * period, so an upload in progress is never touched.
 */
@Component
class OrphanBlobSweeper {

	private static final Logger log = LoggerFactory.getLogger(OrphanBlobSweeper.class);

	private static final String PREFIX = "resumes/";

	private final BlobStore blobs;

	private final JobRepository jobs;

	private final Settings settings;

	OrphanBlobSweeper(BlobStore blobs, JobRepository jobs, Settings settings) {
		this.blobs = blobs;
		this.jobs = jobs;
		this.settings = settings;
	}

	@Scheduled(initialDelayString = "${tailor.sweeper.interval:10m}",
			fixedDelayString = "${tailor.sweeper.interval:10m}")
	void sweep() {
		try {
			int swept = sweep(Instant.now().minus(this.settings.grace()));
			if (swept > 0) {
				log.info("Swept {} orphaned upload(s)", swept);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Orphan sweep failed: {}", ex.getMessage());
		}
	}

	/** Deletes the orphans written before {@code before}; returns how many. */
	int sweep(Instant before) {
		int swept = 0;
		for (String key : this.blobs.keysOlderThan(PREFIX, before)) {
			if (isOrphan(key)) {
				this.blobs.delete(key);
				swept++;
			}
		}
		return swept;
	}

	private boolean isOrphan(String key) {
		try {
			return this.jobs.find(UUID.fromString(key.substring(PREFIX.length()))).isEmpty();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** How often to sweep and how old an unowned file must be. */
	@ConfigurationProperties("tailor.sweeper")
	record Settings(@DefaultValue("10m") Duration interval, @DefaultValue("1h") Duration grace) {
	}

}
