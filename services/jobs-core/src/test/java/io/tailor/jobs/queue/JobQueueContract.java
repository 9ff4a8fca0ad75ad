package io.tailor.jobs.queue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link JobQueue} adapter promises. Subclasses give a queue whose lease is
 * {@link #lease()} and that allows {@link #MAX_DELIVERIES} deliveries.
 */
public abstract class JobQueueContract {

	protected static final Duration LEASE = Duration.ofSeconds(2);

	protected static final int MAX_DELIVERIES = 3;

	protected abstract JobQueue queue();

	/** The adapter's lease (lock) duration. */
	protected Duration lease() {
		return LEASE;
	}

	/**
	 * Lets this much of the queue's time pass: real time by default; an adapter whose
	 * clock the test controls moves it instead.
	 */
	protected void elapse(Duration duration) throws InterruptedException {
		Thread.sleep(duration);
	}

	@Test
	void aSecondSendForAQueuedJobIsDropped() throws InterruptedException {
		JobMessage message = new JobMessage(UUID.randomUUID(), null, null);
		queue().enqueue(message);
		queue().enqueue(message);
		Delivery only = queue().receive().orElseThrow();
		assertThat(queue().receive()).isEmpty();
		assertThat(queue().complete(only)).isTrue();
		elapse(lease().plusMillis(500));
		assertThat(queue().receive()).isEmpty();
	}

	@Test
	void deliversWhatWasSentWithTraceContext() {
		JobMessage sent = new JobMessage(UUID.randomUUID(), "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
				"vendor=x");
		queue().enqueue(sent);
		Delivery delivery = queue().receive().orElseThrow();
		assertThat(delivery.message()).isEqualTo(sent);
		assertThat(delivery.attempt()).isEqualTo(1);
	}

	@Test
	void leasedMessageIsInvisibleUntilTheLeaseExpires() throws InterruptedException {
		queue().enqueue(new JobMessage(UUID.randomUUID(), null, null));
		Delivery first = queue().receive().orElseThrow();
		assertThat(queue().receive()).isEmpty();
		elapse(lease().plusMillis(500));
		Delivery second = queue().receive().orElseThrow();
		assertThat(second.message()).isEqualTo(first.message());
		assertThat(second.attempt()).isEqualTo(2);
	}

	@Test
	void completedMessageIsNeverDeliveredAgain() throws InterruptedException {
		queue().enqueue(new JobMessage(UUID.randomUUID(), null, null));
		assertThat(queue().complete(queue().receive().orElseThrow())).isTrue();
		elapse(lease().plusMillis(500));
		assertThat(queue().receive()).isEmpty();
	}

	@Test
	void staleLeaseHolderCannotSettle() throws InterruptedException {
		queue().enqueue(new JobMessage(UUID.randomUUID(), null, null));
		Delivery stale = queue().receive().orElseThrow();
		elapse(lease().plusMillis(500));
		Delivery current = queue().receive().orElseThrow();
		assertThat(queue().complete(stale)).isFalse();
		assertThat(queue().renew(stale)).isFalse();
		assertThat(queue().deadLetter(stale, "late")).isFalse();
		assertThat(queue().complete(current)).isTrue();
	}

	@Test
	void retriedMessageComesBackAfterItsBackoff() throws InterruptedException {
		queue().enqueue(new JobMessage(UUID.randomUUID(), null, null));
		Delivery first = queue().receive().orElseThrow();
		assertThat(queue().retry(first, Duration.ofMillis(700), "scoring unreachable")).isTrue();
		assertThat(queue().receive()).isEmpty();
		elapse(Duration.ofMillis(1200));
		assertThat(queue().receive().orElseThrow().attempt()).isEqualTo(2);
	}

	@Test
	void renewedLeaseKeepsTheMessage() throws InterruptedException {
		queue().enqueue(new JobMessage(UUID.randomUUID(), null, null));
		Delivery delivery = queue().receive().orElseThrow();
		elapse(lease().dividedBy(2));
		assertThat(queue().renew(delivery)).isTrue();
		elapse(lease().multipliedBy(3).dividedBy(4));
		assertThat(queue().receive()).isEmpty();
		assertThat(queue().complete(delivery)).isTrue();
	}

	@Test
	void deadLetteredMessageIsNeverDeliveredAgain() throws InterruptedException {
		queue().enqueue(new JobMessage(UUID.randomUUID(), null, null));
		assertThat(queue().deadLetter(queue().receive().orElseThrow(), "UNPARSEABLE_FILE")).isTrue();
		elapse(lease().plusMillis(500));
		assertThat(queue().receive()).isEmpty();
	}

	@Test
	void reportsItsDeliveryLimit() {
		assertThat(queue().maxDeliveries()).isEqualTo(MAX_DELIVERIES);
	}

	@Test
	void concurrentConsumersNeverShareAMessage() throws Exception {
		Set<UUID> sent = new HashSet<>();
		for (int i = 0; i < 40; i++) {
			UUID id = UUID.randomUUID();
			sent.add(id);
			queue().enqueue(new JobMessage(id, null, null));
		}
		Set<UUID> received = ConcurrentHashMap.newKeySet();
		List<UUID> duplicates = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
			List<Future<?>> consumers = new ArrayList<>();
			for (int c = 0; c < 4; c++) {
				consumers.add(pool.submit(() -> drain(received, duplicates)));
			}
			for (Future<?> consumer : consumers) {
				consumer.get();
			}
		}
		assertThat(duplicates).isEmpty();
		assertThat(received).isEqualTo(sent);
	}

	private void drain(Set<UUID> received, List<UUID> duplicates) {
		Optional<Delivery> next;
		while ((next = queue().receive()).isPresent()) {
			if (!received.add(next.get().message().jobId())) {
				synchronized (duplicates) {
					duplicates.add(next.get().message().jobId());
				}
			}
			queue().complete(next.get());
		}
	}

}
