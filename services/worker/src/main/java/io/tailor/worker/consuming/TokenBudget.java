package io.tailor.worker.consuming;

/**
 * Each user's daily allowance of language-model tokens (0 means no limit). A user past it
 * still gets a result, from the offline tailor, and is told why.
 */
public class TokenBudget {

	private final TokenLedger ledger;

	private final long dailyTokens;

	public TokenBudget(TokenLedger ledger, long dailyTokens) {
		this.ledger = ledger;
		this.dailyTokens = dailyTokens;
	}

	public boolean isExhausted(String owner) {
		return this.dailyTokens > 0 && spentToday(owner) >= this.dailyTokens;
	}

	public void spend(String owner, long tokens) {
		if (tokens > 0) {
			this.ledger.add(owner, tokens);
		}
	}

	long spentToday(String owner) {
		return this.ledger.spentToday(owner);
	}

}
