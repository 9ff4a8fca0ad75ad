package io.tailor.jobs.job;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Jobs, their progress events and results. Status changes are version-checked: a write
 * based on a stale read changes nothing and reports so.
 */
public interface JobRepository {

	/** Records a job, or returns the caller's job already recorded under the same key. */
	Submission insert(NewJob job);

	Optional<Job> find(UUID id);

	/** The job if it belongs to this owner. */
	Optional<Job> findOwned(UUID id, String owner);

	Optional<Job> findByIdempotencyKey(String owner, String key);

	/** The owner's jobs, newest first, after the given cursor. */
	JobPage list(String owner, int limit, PageCursor after);

	/**
	 * Stores the job's new status if nobody changed it since it was read, and records the
	 * matching progress event with it.
	 * @return the job as stored, or empty when the job changed in between
	 */
	Optional<Job> save(Job changed, String detail);

	void recordEvent(UUID jobId, JobStatus status, Stage stage, String detail);

	/** The job's progress events, oldest first. */
	List<ProgressEvent> events(UUID jobId);

	/**
	 * Stores a job's result once.
	 * @return false when the job already had one, which stays as it was
	 */
	boolean saveResult(JobResult result);

	Optional<JobResult> findResult(UUID jobId);

	/** The score of each of these jobs that has a result. */
	Map<UUID, Integer> scores(Collection<UUID> jobIds);

	/**
	 * Marks as lost, once, each job still QUEUED or PROCESSING longer than {@code after}
	 * since it was accepted.
	 * @return how many jobs this call marked
	 */
	int markLost(Duration after);

	void delete(UUID jobId);

	/**
	 * The number the next revision of this chain gets: one more than the highest so far.
	 * @param chain the first job of the chain
	 */
	int nextRevision(UUID chain);

	/** A recorded job and whether this call created it. */
	record Submission(Job job, boolean created) {
	}

}
