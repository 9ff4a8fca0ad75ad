package io.tailor.api.job;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.tailor.jobs.blob.BlobKeys;
import io.tailor.jobs.blob.BlobNotFoundException;
import io.tailor.jobs.blob.FileSystemBlobStore;
import io.tailor.jobs.job.JobRepository;
import io.tailor.jobs.job.NewJob;
import io.tailor.jobs.job.ResumeFormat;
import io.tailor.jobs.store.PostgresJobRepository;
import io.tailor.jobs.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reliability case A8: a file stored by a request that crashed before its job committed
 * is swept.
 */
class OrphanBlobSweeperTest {

	@TempDir
	Path root;

	@Test
	void deletesOnlyFilesNoJobOwns() {
		FileSystemBlobStore blobs = new FileSystemBlobStore(this.root);
		JobRepository jobs = new PostgresJobRepository(JdbcClient.create(TestDatabase.freshSchema().dataSource()));
		UUID orphan = UUID.randomUUID();
		UUID owned = UUID.randomUUID();
		blobs.put(BlobKeys.forResume(orphan), new byte[] { 1 }, "text/plain");
		blobs.put(BlobKeys.forResume(owned), new byte[] { 2 }, "text/plain");
		jobs.insert(new NewJob(owned, "alice", BlobKeys.forResume(owned), ResumeFormat.TEXT, "cv", "Java", null));
		OrphanBlobSweeper sweeper = new OrphanBlobSweeper(blobs, jobs,
				new OrphanBlobSweeper.Settings(Duration.ofMinutes(10), Duration.ofHours(1)));
		assertThat(sweeper.sweep(Instant.now().minusSeconds(60))).isZero();
		assertThat(sweeper.sweep(Instant.now().plusSeconds(5))).isEqualTo(1);
		assertThatExceptionOfType(BlobNotFoundException.class).isThrownBy(() -> blobs.get(BlobKeys.forResume(orphan)));
		assertThat(blobs.get(BlobKeys.forResume(owned))).containsExactly(2);
	}

}
