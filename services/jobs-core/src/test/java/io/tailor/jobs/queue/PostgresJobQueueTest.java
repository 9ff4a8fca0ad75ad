package io.tailor.jobs.queue;

import io.tailor.jobs.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.jdbc.core.simple.JdbcClient;

class PostgresJobQueueTest extends JobQueueContract {

	private JobQueue queue;

	@BeforeEach
	void setUp() {
		JdbcClient jdbc = JdbcClient.create(TestDatabase.freshSchema().dataSource());
		this.queue = new PostgresJobQueue(jdbc, new QueueProperties("postgres", LEASE, MAX_DELIVERIES));
	}

	@Override
	protected JobQueue queue() {
		return this.queue;
	}

}
