package io.tailor.jobs.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class JobStatusTest {

	@ParameterizedTest
	@EnumSource(value = JobStatus.class, names = { "SUCCEEDED", "FAILED", "CANCELLED" })
	void finishedJobsNeverMove(JobStatus finished) {
		assertThat(finished.isFinished()).isTrue();
		for (JobStatus next : JobStatus.values()) {
			assertThat(finished.canMoveTo(next)).isFalse();
		}
	}

	@Test
	void queuedJobCannotSucceedWithoutProcessing() {
		assertThat(JobStatus.QUEUED.canMoveTo(JobStatus.SUCCEEDED)).isFalse();
		assertThat(JobStatus.QUEUED.canMoveTo(JobStatus.PROCESSING)).isTrue();
		assertThat(JobStatus.PROCESSING.canMoveTo(JobStatus.SUCCEEDED)).isTrue();
	}

}
