package io.tailor.api.job;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Streams a job's progress as server-sent events: a {@code progress} event with the job
 * each time it changes, ending after a finished status. The job is read every
 * {@value #POLL_MILLIS} ms on a virtual thread, so an open stream holds no request
 * thread.
 */
@Component
class ProgressStream {

	static final long POLL_MILLIS = 500;

	private static final Duration LONGEST = Duration.ofMinutes(15);

	private final JobQueries queries;

	private final ExecutorService streams = Executors.newVirtualThreadPerTaskExecutor();

	ProgressStream(JobQueries queries) {
		this.queries = queries;
	}

	/** The stream of the owner's job; the first event is the job as it is now. */
	SseEmitter open(String owner, UUID id) {
		JobView first = this.queries.get(owner, id);
		SseEmitter emitter = new SseEmitter(LONGEST.toMillis());
		this.streams.submit(() -> follow(emitter, owner, first));
		return emitter;
	}

	private void follow(SseEmitter emitter, String owner, JobView first) {
		Instant deadline = Instant.now().plus(LONGEST);
		JobView current = first;
		try {
			send(emitter, current);
			while (!current.status().isFinished() && Instant.now().isBefore(deadline)) {
				Thread.sleep(POLL_MILLIS);
				JobView next = this.queries.get(owner, current.id());
				if (!next.updatedAt().equals(current.updatedAt()) || next.events().size() != current.events().size()) {
					send(emitter, next);
				}
				current = next;
			}
			emitter.complete();
		}
		catch (IOException | RuntimeException ex) {
			emitter.completeWithError(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			emitter.complete();
		}
	}

	private static void send(SseEmitter emitter, JobView job) throws IOException {
		emitter.send(SseEmitter.event().name("progress").id(String.valueOf(job.events().size())).data(job));
	}

	@PreDestroy
	void close() {
		this.streams.shutdownNow();
	}

}
