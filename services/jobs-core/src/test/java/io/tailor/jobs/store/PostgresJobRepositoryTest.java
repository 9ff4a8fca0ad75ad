package io.tailor.jobs.store;

import io.tailor.jobs.job.JobRepository;
import io.tailor.jobs.job.JobRepositoryContract;
import io.tailor.jobs.testing.TestDatabase;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The job-repository contract on a fresh schema of the real PostgreSQL. */
class PostgresJobRepositoryTest extends JobRepositoryContract {

	@Override
	protected JobRepository repository() {
		return new PostgresJobRepository(JdbcClient.create(TestDatabase.freshSchema().dataSource()));
	}

}
