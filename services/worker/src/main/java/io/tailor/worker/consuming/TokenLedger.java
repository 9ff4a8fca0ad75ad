package io.tailor.worker.consuming;

/** The language-model tokens each user spent, per day as the ledger's clock tells it. */
public interface TokenLedger {

	/** Adds tokens to what the owner spent today. */
	void add(String owner, long tokens);

	/** What the owner spent today; 0 when nothing. */
	long spentToday(String owner);

}
