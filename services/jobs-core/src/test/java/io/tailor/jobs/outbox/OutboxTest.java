package io.tailor.jobs.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import io.tailor.jobs.job.JobRepository;
import io.tailor.jobs.job.NewJob;
import io.tailor.jobs.job.ResumeFormat;
import io.tailor.jobs.queue.Delivery;
import io.tailor.jobs.queue.JobMessage;
import io.tailor.jobs.queue.JobQueue;
import io.tailor.jobs.queue.PostgresJobQueue;
import io.tailor.jobs.queue.QueueProperties;
import io.tailor.jobs.store.PostgresJobRepository;
import io.tailor.jobs.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class OutboxTest {

	private JobRepository jobs;

	private JobQueue queue;

	private Outbox outbox;

	private TransactionTemplate transaction;

	@BeforeEach
	void setUp() {
		DataSource dataSource = TestDatabase.freshSchema().dataSource();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		this.jobs = new PostgresJobRepository(jdbc);
		this.queue = new PostgresJobQueue(jdbc, new QueueProperties("postgres", Duration.ofSeconds(30), 3));
		this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		this.outbox = new Outbox(jdbc, this.transaction);
	}

	@Test
	void aMessageLeftBehindIsPublishedByALaterRelay() {
		UUID id = acceptJob();
		assertThat(this.queue.receive()).isEmpty();
		assertThat(this.outbox.backlog()).isEqualTo(1);
		assertThat(this.outbox.relay(this.queue, 10)).isEqualTo(1);
		assertThat(this.queue.receive().orElseThrow().message().jobId()).isEqualTo(id);
		assertThat(this.outbox.backlog()).isZero();
		assertThat(this.outbox.relay(this.queue, 10)).isZero();
	}

	@Test
	void aRolledBackSubmissionLeavesNoMessage() {
		assertThatIllegalStateException().isThrownBy(() -> this.transaction.executeWithoutResult((status) -> {
			acceptJob();
			throw new IllegalStateException("crash before commit");
		}));
		assertThat(this.outbox.backlog()).isZero();
		assertThat(this.outbox.relay(this.queue, 10)).isZero();
	}

	@Test
	void concurrentRelaysPublishEachMessageOnce() throws Exception {
		Set<UUID> accepted = new HashSet<>();
		for (int i = 0; i < 60; i++) {
			accepted.add(acceptJob());
		}
		List<Future<Integer>> relays = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
			for (int r = 0; r < 3; r++) {
				relays.add(pool.submit((Callable<Integer>) () -> drainOutbox()));
			}
			int published = 0;
			for (Future<Integer> relay : relays) {
				published += relay.get();
			}
			assertThat(published).isEqualTo(60);
		}
		Set<UUID> delivered = new HashSet<>();
		Optional<Delivery> next;
		while ((next = this.queue.receive()).isPresent()) {
			assertThat(delivered.add(next.get().message().jobId())).isTrue();
		}
		assertThat(delivered).isEqualTo(accepted);
	}

	private int drainOutbox() {
		int total = 0;
		int sent;
		while ((sent = this.outbox.relay(this.queue, 7)) > 0) {
			total += sent;
		}
		return total;
	}

	private UUID acceptJob() {
		UUID id = UUID.randomUUID();
		this.transaction.executeWithoutResult((status) -> {
			this.jobs.insert(new NewJob(id, "alice", "resumes/" + id, ResumeFormat.TEXT, "cv.txt", "Java", null));
			this.outbox.add(new JobMessage(id, null, null));
		});
		return id;
	}

}
