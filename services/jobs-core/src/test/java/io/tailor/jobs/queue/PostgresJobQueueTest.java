package io.tailor.jobs.queue;

import java.time.Duration;

import io.tailor.jobs.testing.QueueClock;
import io.tailor.jobs.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.jdbc.core.simple.JdbcClient;

class PostgresJobQueueTest extends JobQueueContract {

	private JobQueue queue;

	private JdbcClient jdbc;

	@BeforeEach
	void setUp() {
		this.jdbc = JdbcClient.create(TestDatabase.freshSchema().dataSource());
		this.queue = new PostgresJobQueue(this.jdbc, new QueueProperties("postgres", LEASE, MAX_DELIVERIES));
	}

	/**
	 * The queue's time is the database's: moving every message's visibility back is time
	 * passing.
	 */
	@Override
	protected void elapse(Duration duration) {
		QueueClock.elapse(this.jdbc, duration);
	}

	@Override
	protected JobQueue queue() {
		return this.queue;
	}

}
