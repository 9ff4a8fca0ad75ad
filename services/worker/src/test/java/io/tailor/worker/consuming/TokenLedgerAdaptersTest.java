package io.tailor.worker.consuming;

import io.tailor.jobs.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The token-ledger contract for the PostgreSQL table and for the ledger that keeps
 * nothing.
 */
class TokenLedgerAdaptersTest {

	@Nested
	class Jdbc extends TokenLedgerContract {

		private JdbcClient jdbc;

		private TokenLedger ledger;

		@BeforeEach
		void setUp() {
			this.jdbc = JdbcClient.create(TestDatabase.freshSchema().dataSource());
			this.ledger = new JdbcTokenLedger(this.jdbc);
		}

		@Override
		protected TokenLedger ledger() {
			return this.ledger;
		}

		@Override
		protected boolean keepsCount() {
			return true;
		}

		/** The database's day is the ledger's: what was spent moves a day back. */
		@Override
		protected void aDayPasses() {
			this.jdbc.sql("update token_usage set day = day - 1").update();
		}

	}

	@Nested
	class None extends TokenLedgerContract {

		@Override
		protected TokenLedger ledger() {
			return TokenLedger.NONE;
		}

		@Override
		protected boolean keepsCount() {
			return false;
		}

		@Override
		protected void aDayPasses() {
		}

	}

}
