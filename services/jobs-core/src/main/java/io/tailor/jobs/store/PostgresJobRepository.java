package io.tailor.jobs.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tailor.jobs.job.FailureReason;
import io.tailor.jobs.job.Job;
import io.tailor.jobs.job.JobPage;
import io.tailor.jobs.job.JobRepository;
import io.tailor.jobs.job.JobResult;
import io.tailor.jobs.job.JobRevision;
import io.tailor.jobs.job.JobStatus;
import io.tailor.jobs.job.NewJob;
import io.tailor.jobs.job.PageCursor;
import io.tailor.jobs.job.ProgressEvent;
import io.tailor.jobs.job.ResumeFormat;
import io.tailor.jobs.job.Stage;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Jobs, their events and results in PostgreSQL. A status change and its progress event
 * are written by one statement.
 */
public class PostgresJobRepository implements JobRepository {

	private static final String COLUMNS = "id, owner, status, stage, failure_reason, blob_key, resume_format, "
			+ "file_name, job_description, version, created_at, updated_at, revision_of, revision, edited_markdown";

	private final JdbcClient jdbc;

	public PostgresJobRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Submission insert(NewJob job) {
		int inserted = this.jdbc
			.sql("""
					insert into job (id, owner, status, blob_key, resume_format, file_name, job_description, idempotency_key,
					  revision_of, revision, edited_markdown)
					values (:id, :owner, 'QUEUED', :blobKey, :format, :fileName, :description, :key,
					  :revisionOf, :revision, :edited)
					on conflict (owner, idempotency_key) do nothing""")
			.param("id", job.id())
			.param("owner", job.owner())
			.param("blobKey", job.blobKey())
			.param("format", job.format().name())
			.param("fileName", job.fileName())
			.param("description", job.jobDescription())
			.param("key", job.idempotencyKey())
			.param("revisionOf", job.revision().of())
			.param("revision", job.revision().number())
			.param("edited", job.revision().editedMarkdown())
			.update();
		if (inserted == 1) {
			recordEvent(job.id(), JobStatus.QUEUED, null, "accepted");
			return new Submission(find(job.id()).orElseThrow(), true);
		}
		return new Submission(findByIdempotencyKey(job.owner(), job.idempotencyKey()).orElseThrow(), false);
	}

	@Override
	public Optional<Job> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from job where id = ?").param(id).query(this::map).optional();
	}

	@Override
	public Optional<Job> findOwned(UUID id, String owner) {
		return this.jdbc.sql("select " + COLUMNS + " from job where id = ? and owner = ?")
			.params(id, owner)
			.query(this::map)
			.optional();
	}

	@Override
	public Optional<Job> findByIdempotencyKey(String owner, String key) {
		return this.jdbc.sql("select " + COLUMNS + " from job where owner = ? and idempotency_key = ?")
			.params(owner, key)
			.query(this::map)
			.optional();
	}

	@Override
	public JobPage list(String owner, int limit, PageCursor after) {
		List<Job> rows = this.jdbc.sql("select " + COLUMNS + " from job where owner = :owner" + """
				 and (cast(:at as timestamptz) is null or (created_at, id) < (cast(:at as timestamptz), :id))
				order by created_at desc, id desc limit :limit""")
			.param("owner", owner)
			.param("at", (after != null) ? Timestamp.from(after.createdAt()) : null)
			.param("id", (after != null) ? after.id() : new UUID(0, 0))
			.param("limit", limit + 1)
			.query(this::map)
			.list();
		if (rows.size() <= limit) {
			return new JobPage(rows, null);
		}
		Job last = rows.get(limit - 1);
		return new JobPage(rows.subList(0, limit), new PageCursor(last.createdAt(), last.id()).encode());
	}

	@Override
	public Optional<Job> save(Job changed, String detail) {
		return this.jdbc.sql("""
				with moved as (
				  update job set status = :status, stage = :stage, failure_reason = :reason,
				    version = version + 1, updated_at = now()
				  where id = :id and version = :version returning *),
				event as (
				  insert into job_event (job_id, status, stage, detail)
				  select id, status, stage, :detail from moved)
				select\s""" + COLUMNS + " from moved")
			.param("status", changed.status().name())
			.param("stage", (changed.stage() != null) ? changed.stage().name() : null)
			.param("reason", (changed.failureReason() != null) ? changed.failureReason().name() : null)
			.param("id", changed.id())
			.param("version", changed.version())
			.param("detail", detail)
			.query(this::map)
			.optional();
	}

	@Override
	public void recordEvent(UUID jobId, JobStatus status, Stage stage, String detail) {
		this.jdbc.sql("insert into job_event (job_id, status, stage, detail) values (?, ?, ?, ?)")
			.params(jobId, status.name(), (stage != null) ? stage.name() : null, detail)
			.update();
	}

	@Override
	public List<ProgressEvent> events(UUID jobId) {
		return this.jdbc.sql("select status, stage, detail, at from job_event where job_id = ? order by id")
			.param(jobId)
			.query((rs, n) -> new ProgressEvent(JobStatus.valueOf(rs.getString("status")), stage(rs.getString("stage")),
					rs.getString("detail"), rs.getTimestamp("at").toInstant()))
			.list();
	}

	@Override
	public boolean saveResult(JobResult result) {
		return this.jdbc.sql("""
				insert into job_result (job_id, score, report, tailored_markdown, tailoring)
				values (?, ?, cast(? as jsonb), ?, cast(? as jsonb)) on conflict (job_id) do nothing""")
			.params(result.jobId(), result.score(), result.reportJson(), result.tailoredMarkdown(),
					result.tailoringJson())
			.update() == 1;
	}

	@Override
	public Optional<JobResult> findResult(UUID jobId) {
		return this.jdbc.sql("""
				select job_id, score, report::text as report, tailored_markdown, tailoring::text as tailoring,
				  created_at from job_result where job_id = ?""")
			.param(jobId)
			.query((rs, n) -> new JobResult(rs.getObject("job_id", UUID.class), rs.getInt("score"),
					rs.getString("report"), rs.getString("tailored_markdown"), rs.getString("tailoring"),
					rs.getTimestamp("created_at").toInstant()))
			.optional();
	}

	@Override
	public Map<UUID, Integer> scores(Collection<UUID> jobIds) {
		if (jobIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, Integer> scores = new HashMap<>();
		this.jdbc.sql("select job_id, score from job_result where job_id = any(?)")
			.param(jobIds.toArray(new UUID[0]))
			.query((rs) -> {
				scores.put(rs.getObject("job_id", UUID.class), rs.getInt("score"));
			});
		return scores;
	}

	@Override
	public int markLost(Duration after) {
		return this.jdbc.sql("""
				update job set lost_at = now()
				where status in ('QUEUED', 'PROCESSING') and lost_at is null
				  and created_at < now() - make_interval(secs => :seconds)""")
			.param("seconds", (double) after.toSeconds())
			.update();
	}

	@Override
	public void delete(UUID jobId) {
		this.jdbc.sql("delete from job where id = ?").param(jobId).update();
	}

	private Job map(ResultSet rs, int row) throws SQLException {
		String reason = rs.getString("failure_reason");
		return new Job(rs.getObject("id", UUID.class), rs.getString("owner"), JobStatus.valueOf(rs.getString("status")),
				stage(rs.getString("stage")), (reason != null) ? FailureReason.valueOf(reason) : null,
				rs.getString("blob_key"), ResumeFormat.valueOf(rs.getString("resume_format")),
				rs.getString("file_name"), rs.getString("job_description"), rs.getLong("version"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
				new JobRevision(rs.getObject("revision_of", UUID.class), rs.getInt("revision"),
						rs.getString("edited_markdown")));
	}

	@Override
	public int nextRevision(UUID chain) {
		return this.jdbc.sql("select coalesce(max(revision), 1) + 1 from job where id = :id or revision_of = :id")
			.param("id", chain)
			.query(Integer.class)
			.single();
	}

	private static Stage stage(String name) {
		return (name != null) ? Stage.valueOf(name) : null;
	}

}
