package io.tailor.worker.llm;

import io.tailor.jobs.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The answer-cache contract on the real PostgreSQL table. */
class JdbcAnswerCacheTest extends AnswerCacheContract {

	private AnswerCache cache;

	@BeforeEach
	void setUp() {
		this.cache = new JdbcAnswerCache(JdbcClient.create(TestDatabase.freshSchema().dataSource()));
	}

	@Override
	protected AnswerCache cache() {
		return this.cache;
	}

}
