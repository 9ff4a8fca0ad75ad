package io.tailor.jobs.queue;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link QueueStatistics} adapter promises about its queue: the depth counts
 * messages waiting or leased until they are completed or dead-lettered, the oldest age is
 * that of the oldest message still in the depth, and dead-lettered messages are counted
 * apart. Subclasses give an empty queue, its statistics, and a way to age its messages.
 */
public abstract class QueueStatisticsContract {

	protected abstract JobQueue queue();

	protected abstract QueueStatistics statistics();

	/** Every message already sent becomes this much older. */
	protected abstract void age(Duration by);

	@Test
	void anEmptyQueueHasNoBacklog() {
		assertThat(statistics().snapshot()).isEqualTo(new QueueStatistics.Snapshot(0, Duration.ZERO, 0));
	}

	@Test
	void messagesWaitingOrLeasedAreTheDepthUntilCompleted() {
		send();
		send();
		send();
		Delivery leased = queue().receive().orElseThrow();
		assertThat(statistics().snapshot().depth()).isEqualTo(3);
		queue().retry(queue().receive().orElseThrow(), Duration.ofMinutes(5), "busy");
		assertThat(statistics().snapshot().depth()).isEqualTo(3);
		queue().complete(leased);
		assertThat(statistics().snapshot().depth()).isEqualTo(2);
	}

	@Test
	void theOldestAgeIsThatOfTheOldestMessageStillInTheDepth() {
		UUID old = send();
		age(Duration.ofMinutes(10));
		send();
		assertThat(statistics().snapshot().oldestAge()).isBetween(Duration.ofMinutes(10), Duration.ofMinutes(11));
		Delivery first = queue().receive().orElseThrow();
		Delivery second = queue().receive().orElseThrow();
		queue().complete(first.message().jobId().equals(old) ? first : second);
		assertThat(statistics().snapshot().oldestAge()).isLessThan(Duration.ofMinutes(1));
	}

	@Test
	void deadLetteredMessagesAreCountedApartAndLeaveTheDepth() {
		send();
		age(Duration.ofMinutes(10));
		queue().deadLetter(queue().receive().orElseThrow(), "UNPARSEABLE_FILE: not a PDF");
		send();
		QueueStatistics.Snapshot snapshot = statistics().snapshot();
		assertThat(snapshot.deadLettered()).isEqualTo(1);
		assertThat(snapshot.depth()).isEqualTo(1);
		assertThat(snapshot.oldestAge()).isLessThan(Duration.ofMinutes(1));
	}

	private UUID send() {
		UUID id = UUID.randomUUID();
		queue().enqueue(new JobMessage(id, null, null));
		return id;
	}

}
