package io.tailor.jobs.job;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What every {@link JobRepository} adapter promises: idempotent submission per caller and
 * key, lookups scoped to the owner, version-checked status writes that record their
 * progress event, events in order, one result per job, pages newest first, revisions
 * numbered along their chain, lost jobs marked once, and deletion of a job with its
 * events and result. Subclasses give an empty repository.
 */
public abstract class JobRepositoryContract {

	private JobRepository jobs;

	protected abstract JobRepository repository();

	@BeforeEach
	void takeRepository() {
		this.jobs = repository();
	}

	@Test
	void sameIdempotencyKeyAndCallerGiveTheSameJob() {
		JobRepository.Submission first = this.jobs.insert(newJob("alice", "key-1"));
		JobRepository.Submission second = this.jobs.insert(newJob("alice", "key-1"));
		assertThat(first.created()).isTrue();
		assertThat(second.created()).isFalse();
		assertThat(second.job().id()).isEqualTo(first.job().id());
	}

	@Test
	void sameKeyFromAnotherCallerIsAnotherJob() {
		UUID alices = this.jobs.insert(newJob("alice", "key-1")).job().id();
		UUID bobs = this.jobs.insert(newJob("bob", "key-1")).job().id();
		assertThat(bobs).isNotEqualTo(alices);
	}

	@Test
	void aJobIsFoundByItsCallersIdempotencyKeyOnly() {
		UUID id = this.jobs.insert(newJob("alice", "key-9")).job().id();
		assertThat(this.jobs.findByIdempotencyKey("alice", "key-9")).map(Job::id).contains(id);
		assertThat(this.jobs.findByIdempotencyKey("bob", "key-9")).isEmpty();
		assertThat(this.jobs.findByIdempotencyKey("alice", "key-10")).isEmpty();
	}

	@Test
	void ownerIsPartOfTheLookup() {
		Job job = this.jobs.insert(newJob("alice", null)).job();
		assertThat(this.jobs.findOwned(job.id(), "alice")).isPresent();
		assertThat(this.jobs.findOwned(job.id(), "bob")).isEmpty();
	}

	@Test
	void staleWriteChangesNothing() {
		Job queued = this.jobs.insert(newJob("alice", null)).job();
		Job processing = this.jobs.save(queued.moveTo(JobStatus.PROCESSING, Stage.EXTRACTING, null), "started")
			.orElseThrow();
		assertThat(this.jobs.save(queued.moveTo(JobStatus.CANCELLED, null, null), "cancel")).isEmpty();
		assertThat(this.jobs.find(queued.id()).orElseThrow().status()).isEqualTo(JobStatus.PROCESSING);
		assertThat(processing.version()).isEqualTo(queued.version() + 1);
	}

	@Test
	void recordsEventsInOrder() {
		Job queued = this.jobs.insert(newJob("alice", null)).job();
		this.jobs.save(queued.moveTo(JobStatus.PROCESSING, Stage.EXTRACTING, null), "extracting");
		assertThat(this.jobs.events(queued.id())).extracting(ProgressEvent::detail)
			.containsExactly("accepted", "extracting");
	}

	@Test
	void eventsRecordedBetweenStatusChangesKeepTheirPlace() {
		Job queued = this.jobs.insert(newJob("alice", null)).job();
		Job extracting = this.jobs.save(queued.moveTo(JobStatus.PROCESSING, Stage.EXTRACTING, null), "extracting")
			.orElseThrow();
		this.jobs.recordEvent(queued.id(), JobStatus.PROCESSING, Stage.EXTRACTING, "hidden text left out");
		this.jobs.save(extracting.moveTo(JobStatus.PROCESSING, Stage.SCORING, null), "scoring");
		assertThat(this.jobs.events(queued.id())).extracting(ProgressEvent::detail, ProgressEvent::stage)
			.containsExactly(tuple("accepted", null), tuple("extracting", Stage.EXTRACTING),
					tuple("hidden text left out", Stage.EXTRACTING), tuple("scoring", Stage.SCORING));
		assertThat(this.jobs.events(UUID.randomUUID())).isEmpty();
	}

	@Test
	void illegalTransitionIsRefusedBeforeWriting() {
		Job queued = this.jobs.insert(newJob("alice", null)).job();
		assertThatExceptionOfType(IllegalJobTransitionException.class)
			.isThrownBy(() -> queued.moveTo(JobStatus.SUCCEEDED, null, null));
	}

	@Test
	void resultIsStoredOnce() {
		UUID id = this.jobs.insert(newJob("alice", null)).job().id();
		assertThat(this.jobs.saveResult(new JobResult(id, 70, "{\"score\":70}", "# A", "{}", null))).isTrue();
		assertThat(this.jobs.saveResult(new JobResult(id, 10, "{\"score\":10}", "# B", "{}", null))).isFalse();
		assertThat(this.jobs.findResult(id).orElseThrow().score()).isEqualTo(70);
	}

	@Test
	void scoresAreThoseOfTheJobsWithAResult() {
		UUID scored = this.jobs.insert(newJob("alice", null)).job().id();
		UUID waiting = this.jobs.insert(newJob("alice", null)).job().id();
		this.jobs.saveResult(new JobResult(scored, 70, "{\"score\":70}", "# A", "{}", null));
		assertThat(this.jobs.scores(List.of(scored, waiting))).isEqualTo(Map.of(scored, 70));
		assertThat(this.jobs.scores(List.of())).isEmpty();
	}

	@Test
	void listsNewestFirstAcrossPages() {
		for (int i = 0; i < 5; i++) {
			this.jobs.insert(newJob("alice", null));
		}
		this.jobs.insert(newJob("bob", null));
		JobPage first = this.jobs.list("alice", 3, null);
		JobPage second = this.jobs.list("alice", 3, PageCursor.decode(first.nextCursor()));
		assertThat(first.jobs()).hasSize(3);
		assertThat(second.jobs()).hasSize(2);
		assertThat(second.nextCursor()).isNull();
		assertThat(first.jobs().get(0).createdAt()).isAfterOrEqualTo(second.jobs().get(0).createdAt());
	}

	@Test
	void deleteRemovesEventsAndResult() {
		UUID id = this.jobs.insert(newJob("alice", null)).job().id();
		this.jobs.saveResult(new JobResult(id, 1, "{}", "x", "{}", null));
		this.jobs.delete(id);
		assertThat(this.jobs.find(id)).isEmpty();
		assertThat(this.jobs.events(id)).isEmpty();
		assertThat(this.jobs.findResult(id)).isEmpty();
	}

	@Test
	void revisionsNumberOnAcrossTheChainAndKeepTheirEdit() {
		Job original = this.jobs.insert(newJob("alice", null)).job();
		assertThat(original.revision()).isEqualTo(JobRevision.ORIGINAL);
		assertThat(this.jobs.nextRevision(original.id())).isEqualTo(2);
		Job second = this.jobs.insert(revision(original, "# Alice\n")).job();
		Job third = this.jobs.insert(revision(original, "# Alice Smith\n")).job();
		assertThat(this.jobs.find(second.id()).orElseThrow().revision())
			.isEqualTo(new JobRevision(original.id(), 2, "# Alice\n"));
		assertThat(third.revision().number()).isEqualTo(3);
		assertThat(this.jobs.nextRevision(original.id())).isEqualTo(4);
	}

	@Test
	void deletingTheOriginalKeepsItsRevisions() {
		Job original = this.jobs.insert(newJob("alice", null)).job();
		Job second = this.jobs.insert(revision(original, "# Alice\n")).job();
		this.jobs.delete(original.id());
		JobRevision kept = this.jobs.find(second.id()).orElseThrow().revision();
		assertThat(kept.of()).isNull();
		assertThat(kept.number()).isEqualTo(2);
		assertThat(kept.editedMarkdown()).isEqualTo("# Alice\n");
	}

	@Test
	void aJobUnfinishedTooLongIsMarkedLostOnceAndAFinishedOneNever() {
		Job waiting = this.jobs.insert(newJob("alice", null)).job();
		Job done = this.jobs.insert(newJob("alice", null)).job();
		Job processing = this.jobs.save(done.moveTo(JobStatus.PROCESSING, Stage.RENDERING, null), "rendering")
			.orElseThrow();
		this.jobs.save(processing.moveTo(JobStatus.SUCCEEDED, null, null), "succeeded");
		assertThat(this.jobs.markLost(Duration.ofHours(1))).isZero();
		assertThat(this.jobs.markLost(Duration.ZERO)).isEqualTo(1);
		assertThat(this.jobs.markLost(Duration.ZERO)).isZero();
		assertThat(this.jobs.find(waiting.id()).orElseThrow().status()).isEqualTo(JobStatus.QUEUED);
	}

	private NewJob revision(Job of, String markdown) {
		UUID id = UUID.randomUUID();
		return new NewJob(id, of.owner(), "resumes/" + id, of.format(), of.fileName(), of.jobDescription(), null,
				new JobRevision(of.id(), this.jobs.nextRevision(of.id()), markdown));
	}

	private static NewJob newJob(String owner, String key) {
		UUID id = UUID.randomUUID();
		return new NewJob(id, owner, "resumes/" + id, ResumeFormat.PDF, "cv.pdf", "Java developer", key);
	}

}
