package io.tailor.worker.system;

import java.time.Duration;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tailor.jobs.queue.JobMessage;
import io.tailor.jobs.queue.PostgresJobQueue;
import io.tailor.jobs.queue.QueueProperties;
import io.tailor.jobs.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class QueueGaugesTest {

	@Test
	void reportsDepthAgeAndDeadLetters() {
		JdbcClient jdbc = JdbcClient.create(TestDatabase.freshSchema().dataSource());
		PostgresJobQueue queue = new PostgresJobQueue(jdbc, new QueueProperties("postgres", Duration.ofSeconds(30), 3));
		queue.enqueue(new JobMessage(UUID.randomUUID(), null, null));
		queue.enqueue(new JobMessage(UUID.randomUUID(), null, null));
		queue.deadLetter(queue.receive().orElseThrow(), "UNPARSEABLE_FILE");
		jdbc.sql("update job_queue set created_at = created_at - interval '5 seconds'").update();
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		new QueueGauges(queue).bindTo(registry);
		assertThat(registry.get("tailor.queue.depth").gauge().value()).isEqualTo(1);
		assertThat(registry.get("tailor.queue.dead.lettered").gauge().value()).isEqualTo(1);
		assertThat(registry.get("tailor.queue.oldest.age").gauge().value()).isGreaterThanOrEqualTo(5.0);
	}

}
