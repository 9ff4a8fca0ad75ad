package io.tailor.jobs.outbox;

import java.util.List;

import io.tailor.jobs.queue.JobMessage;
import io.tailor.jobs.queue.JobMessageCodec;
import io.tailor.jobs.queue.JobQueue;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records messages in the caller's transaction and relays them to the queue later. Relays
 * may run in several processes at once: each claims its rows with {@code SKIP LOCKED}, so
 * a row is published by one of them; a publish whose marking fails is repeated, which the
 * queue's duplicate detection (one message per job) absorbs.
 */
public class Outbox {

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	public Outbox(JdbcClient jdbc, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	/** Records a message; joins the caller's transaction. */
	public void add(JobMessage message) {
		this.jdbc.sql("insert into outbox (job_id, payload) values (?, cast(? as jsonb))")
			.params(message.jobId(), JobMessageCodec.encode(message))
			.update();
	}

	/**
	 * Publishes up to {@code batchSize} unsent messages, oldest first.
	 * @return how many were published
	 */
	public int relay(JobQueue queue, int batchSize) {
		Integer sent = this.transaction.execute((status) -> {
			List<Pending> pending = claim(batchSize);
			for (Pending row : pending) {
				queue.enqueue(JobMessageCodec.decode(row.payload()));
				this.jdbc.sql("update outbox set sent_at = now(), attempts = attempts + 1 where id = ?")
					.param(row.id())
					.update();
			}
			return pending.size();
		});
		return (sent != null) ? sent : 0;
	}

	/** How many messages wait to be published; the relay's backlog. */
	public long backlog() {
		return this.jdbc.sql("select count(*) from outbox where sent_at is null").query(Long.class).single();
	}

	private List<Pending> claim(int batchSize) {
		return this.jdbc.sql("""
				select id, payload::text as payload from outbox where sent_at is null
				order by id limit ? for update skip locked""")
			.param(batchSize)
			.query((rs, n) -> new Pending(rs.getLong("id"), rs.getString("payload")))
			.list();
	}

	private record Pending(long id, String payload) {
	}

}
