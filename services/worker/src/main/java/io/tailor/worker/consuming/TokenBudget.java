package io.tailor.worker.consuming;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each user's daily allowance of language-model tokens (0 means no limit). A user past it
 * still gets a result, from the offline tailor, and is told why.
 */
public class TokenBudget {

	private final JdbcClient jdbc;

	private final long dailyTokens;

	public TokenBudget(JdbcClient jdbc, long dailyTokens) {
		this.jdbc = jdbc;
		this.dailyTokens = dailyTokens;
	}

	public boolean isExhausted(String owner) {
		return this.dailyTokens > 0 && spentToday(owner) >= this.dailyTokens;
	}

	public void spend(String owner, long tokens) {
		if (tokens > 0) {
			this.jdbc.sql("""
					insert into token_usage (owner, day, tokens) values (?, current_date, ?)
					on conflict (owner, day) do update set tokens = token_usage.tokens + excluded.tokens""")
				.params(owner, tokens)
				.update();
		}
	}

	long spentToday(String owner) {
		return this.jdbc.sql("select coalesce(sum(tokens), 0) from token_usage where owner = ? and day = current_date")
			.param(owner)
			.query(Long.class)
			.single();
	}

}
