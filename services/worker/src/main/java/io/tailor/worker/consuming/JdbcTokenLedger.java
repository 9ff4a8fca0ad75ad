package io.tailor.worker.consuming;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Token spending in the {@code token_usage} table, one row per user and database day. */
public class JdbcTokenLedger implements TokenLedger {

	private final JdbcClient jdbc;

	public JdbcTokenLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void add(String owner, long tokens) {
		this.jdbc.sql("""
				insert into token_usage (owner, day, tokens) values (?, current_date, ?)
				on conflict (owner, day) do update set tokens = token_usage.tokens + excluded.tokens""")
			.params(owner, tokens)
			.update();
	}

	@Override
	public long spentToday(String owner) {
		return this.jdbc.sql("select coalesce(sum(tokens), 0) from token_usage where owner = ? and day = current_date")
			.param(owner)
			.query(Long.class)
			.single();
	}

}
