package io.tailor.jobs.queue;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The built-in queue: rows in {@code job_queue} claimed with {@code FOR UPDATE SKIP
 * LOCKED}. A lease is a visibility deadline measured in database time, so clock skew
 * between consumers does not matter.
 */
public class PostgresJobQueue implements JobQueue, QueueStatistics {

	private final JdbcClient jdbc;

	private final QueueProperties properties;

	public PostgresJobQueue(JdbcClient jdbc, QueueProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	@Override
	public void enqueue(JobMessage message) {
		this.jdbc.sql("""
				insert into job_queue (id, job_id, payload) values (?, ?, cast(? as jsonb))
				on conflict (job_id) do nothing""")
			.params(UUID.randomUUID(), message.jobId(), JobMessageCodec.encode(message))
			.update();
	}

	@Override
	public Optional<Delivery> receive() {
		return this.jdbc.sql("""
				update job_queue set attempts = attempts + 1, lease_token = gen_random_uuid(),
				  visible_at = now() + make_interval(secs => :lease)
				where id = (select id from job_queue
				  where dead_lettered_at is null and visible_at <= now()
				  order by visible_at, created_at limit 1 for update skip locked)
				returning id, payload::text as payload, attempts, lease_token""")
			.param("lease", seconds(this.properties.lease()))
			.query((rs, n) -> new Delivery(rs.getString("id"), JobMessageCodec.decode(rs.getString("payload")),
					rs.getInt("attempts"), rs.getString("lease_token")))
			.optional();
	}

	@Override
	public boolean complete(Delivery delivery) {
		return this.jdbc.sql("delete from job_queue where id = ? and lease_token = ?")
			.params(UUID.fromString(delivery.messageId()), UUID.fromString(delivery.leaseToken()))
			.update() == 1;
	}

	@Override
	public boolean retry(Delivery delivery, Duration backoff, String error) {
		return this.jdbc.sql("""
				update job_queue set lease_token = null, last_error = :error,
				  visible_at = now() + make_interval(secs => :backoff)
				where id = :id and lease_token = :token""")
			.param("error", error)
			.param("backoff", seconds(backoff))
			.param("id", UUID.fromString(delivery.messageId()))
			.param("token", UUID.fromString(delivery.leaseToken()))
			.update() == 1;
	}

	@Override
	public boolean deadLetter(Delivery delivery, String reason) {
		return this.jdbc.sql("""
				update job_queue set lease_token = null, dead_lettered_at = now(), dead_letter_reason = ?
				where id = ? and lease_token = ?""")
			.params(reason, UUID.fromString(delivery.messageId()), UUID.fromString(delivery.leaseToken()))
			.update() == 1;
	}

	@Override
	public boolean renew(Delivery delivery) {
		return this.jdbc.sql("""
				update job_queue set visible_at = now() + make_interval(secs => :lease)
				where id = :id and lease_token = :token""")
			.param("lease", seconds(this.properties.lease()))
			.param("id", UUID.fromString(delivery.messageId()))
			.param("token", UUID.fromString(delivery.leaseToken()))
			.update() == 1;
	}

	@Override
	public int maxDeliveries() {
		return this.properties.maxDeliveries();
	}

	@Override
	public Snapshot snapshot() {
		return this.jdbc
			.sql("""
					select count(*) filter (where dead_lettered_at is null) as depth,
					  coalesce(extract(epoch from now() - min(created_at) filter (where dead_lettered_at is null)), 0) as age,
					  count(*) filter (where dead_lettered_at is not null) as dead
					from job_queue""")
			.query((rs, n) -> new Snapshot(rs.getLong("depth"), Duration.ofMillis((long) (rs.getDouble("age") * 1000)),
					rs.getLong("dead")))
			.single();
	}

	private static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}

}
