package io.tailor.worker.consuming;

/** The language-model tokens each user spent, per day as the ledger's clock tells it. */
public interface TokenLedger {

	/** A ledger that keeps nothing: for a budget without a limit. */
	TokenLedger NONE = new TokenLedger() {

		@Override
		public void add(String owner, long tokens) {
		}

		@Override
		public long spentToday(String owner) {
			return 0;
		}

	};

	/** Adds tokens to what the owner spent today. */
	void add(String owner, long tokens);

	/** What the owner spent today; 0 when nothing. */
	long spentToday(String owner);

}
