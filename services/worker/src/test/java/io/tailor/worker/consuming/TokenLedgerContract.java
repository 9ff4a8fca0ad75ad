package io.tailor.worker.consuming;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link TokenLedger} promises: what an owner spent today is the sum of what
 * was added for them today ({@link #keepsCount()}), or nothing for a ledger that keeps no
 * count; owners are kept apart, a new day starts from nothing, counts beyond an
 * {@code int} are kept whole, and workers adding at once lose nothing. Subclasses give an
 * empty ledger.
 */
abstract class TokenLedgerContract {

	protected abstract TokenLedger ledger();

	/** Whether the ledger counts what is added ({@link TokenLedger#NONE} does not). */
	protected abstract boolean keepsCount();

	/** The ledger's clock moves to the next day. */
	protected abstract void aDayPasses();

	@Test
	void anOwnerWhoSpentNothingSpentZero() {
		assertThat(ledger().spentToday(owner())).isZero();
	}

	@Test
	void whatIsAddedTodayIsSpentToday() {
		String owner = owner();
		ledger().add(owner, 1200);
		ledger().add(owner, 34);
		assertThat(ledger().spentToday(owner)).isEqualTo(counted(1234));
	}

	@Test
	void ownersAreKeptApart() {
		String alice = owner();
		String bob = owner();
		ledger().add(alice, 500);
		assertThat(ledger().spentToday(bob)).isZero();
		assertThat(ledger().spentToday(alice)).isEqualTo(counted(500));
	}

	@Test
	void aNewDayStartsFromNothing() {
		String owner = owner();
		ledger().add(owner, 900);
		aDayPasses();
		assertThat(ledger().spentToday(owner)).isZero();
		ledger().add(owner, 40);
		assertThat(ledger().spentToday(owner)).isEqualTo(counted(40));
	}

	@Test
	void countsBeyondAnIntAreKeptWhole() {
		String owner = owner();
		ledger().add(owner, Integer.MAX_VALUE);
		ledger().add(owner, Integer.MAX_VALUE);
		assertThat(ledger().spentToday(owner)).isEqualTo(counted(2L * Integer.MAX_VALUE));
	}

	@Test
	void workersAddingAtOnceLoseNothing() throws Exception {
		String owner = owner();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> adds = new ArrayList<>();
			for (int i = 1; i <= 16; i++) {
				long tokens = i;
				adds.add(pool.submit(() -> ledger().add(owner, tokens)));
			}
			for (Future<?> add : adds) {
				add.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(ledger().spentToday(owner)).isEqualTo(counted(136));
	}

	private long counted(long added) {
		return keepsCount() ? added : 0;
	}

	private static String owner() {
		return "owner-" + UUID.randomUUID();
	}

}
