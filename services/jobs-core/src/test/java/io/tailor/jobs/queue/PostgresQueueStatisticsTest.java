package io.tailor.jobs.queue;

import java.time.Duration;

import io.tailor.jobs.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The queue-statistics contract on the PostgreSQL queue. */
class PostgresQueueStatisticsTest extends QueueStatisticsContract {

	private JdbcClient jdbc;

	private PostgresJobQueue queue;

	@BeforeEach
	void setUp() {
		this.jdbc = JdbcClient.create(TestDatabase.freshSchema().dataSource());
		this.queue = new PostgresJobQueue(this.jdbc, new QueueProperties("postgres", Duration.ofSeconds(30), 3));
	}

	@Override
	protected JobQueue queue() {
		return this.queue;
	}

	@Override
	protected QueueStatistics statistics() {
		return this.queue;
	}

	/** A message's age is measured from when it was sent, in database time. */
	@Override
	protected void age(Duration by) {
		this.jdbc.sql("update job_queue set created_at = created_at - make_interval(secs => :seconds)")
			.param("seconds", by.toMillis() / 1000.0)
			.update();
	}

}
