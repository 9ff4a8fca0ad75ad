package io.tailor.worker.llm;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Model answers in the {@code llm_answer} table. */
public class JdbcAnswerCache implements AnswerCache {

	private final JdbcClient jdbc;

	public JdbcAnswerCache(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<String> find(String key) {
		return this.jdbc.sql("select answer from llm_answer where key = ?").param(key).query(String.class).optional();
	}

	@Override
	public void put(String key, String answer) {
		this.jdbc.sql("insert into llm_answer (key, answer) values (?, ?) on conflict (key) do nothing")
			.params(key, answer)
			.update();
	}

}
