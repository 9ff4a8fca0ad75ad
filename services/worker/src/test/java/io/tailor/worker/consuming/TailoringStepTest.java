package io.tailor.worker.consuming;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tailor.jobs.job.Job;
import io.tailor.jobs.job.JobStatus;
import io.tailor.jobs.job.ResumeFormat;
import io.tailor.jobs.testing.TestDatabase;
import io.tailor.worker.tailoring.CoverLetterWriter;
import io.tailor.worker.tailoring.OfflineTailor;
import io.tailor.worker.tailoring.TailoredResume;
import io.tailor.worker.testing.ModelStubs;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class TailoringStepTest {

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	@Test
	void chargesTokensAndFallsBackToTheOfflineTailorOnceTheDailyBudgetIsSpent() {
		TokenBudget budget = new TokenBudget(
				new JdbcTokenLedger(JdbcClient.create(TestDatabase.freshSchema().dataSource())), 1_000);
		TailoringStep step = new TailoringStep(
				(report, job) -> new TailoredResume("# x\n", "llm:stub", "tailor/v1", List.of(), List.of(), List.of(),
						List.of(), new TailoredResume.TokenUsage("stub", 420, 180, 0.1)),
				CoverLetterWriter.offline(), budget, this.meters);
		Job job = new Job(UUID.randomUUID(), "alice", JobStatus.PROCESSING, null, null, "resumes/x", ResumeFormat.TEXT,
				"cv", "Java", 0, Instant.now(), Instant.now());
		assertThat(step.run(job, ModelStubs.report()).tailor()).isEqualTo("llm:stub");
		assertThat(budget.spentToday("alice")).isEqualTo(600);
		assertThat(step.run(job, ModelStubs.report()).tailor()).isEqualTo("llm:stub");
		assertThat(step.run(job, ModelStubs.report()).tailor()).isEqualTo("offline");
		assertThat(budget.spentToday("bob")).isZero();
		assertThat(this.meters.get("tailor.llm.tokens").tag("direction", "input").counter().count()).isEqualTo(840);
		assertThat(this.meters.get("tailor.llm.budget.exhausted").counter().count()).isEqualTo(1);
	}

	@Test
	void theModelsWriteTheLetterOnlyForAResumeTheyTailoredAndItsTokensAreCharged() {
		TokenBudget budget = new TokenBudget(
				new JdbcTokenLedger(JdbcClient.create(TestDatabase.freshSchema().dataSource())), 10_000);
		CoverLetterWriter byModel = (report, markdown, job) -> new CoverLetterWriter.Letter(
				"# x\n\nDear hiring team,\n", "llm:stub", new TailoredResume.TokenUsage("stub", 300, 100, 0.05));
		TailoringStep step = new TailoringStep(new OfflineTailor(), byModel, budget, this.meters);
		Job job = new Job(UUID.randomUUID(), "alice", JobStatus.PROCESSING, null, null, "resumes/x", ResumeFormat.TEXT,
				"cv", "Java", 0, Instant.now(), Instant.now());
		TailoredResume byLlm = new TailoredResume("# x\n", "llm:stub", "tailor/v1", List.of(), List.of(), List.of(),
				List.of(), TailoredResume.TokenUsage.NONE);
		assertThat(step.letter(job, ModelStubs.report(), byLlm).writer()).isEqualTo("llm:stub");
		assertThat(budget.spentToday("alice")).isEqualTo(400);
		TailoredResume offline = new OfflineTailor().tailor(ModelStubs.report(), "Java");
		assertThat(step.letter(job, ModelStubs.report(), offline).writer()).isEqualTo("offline");
		assertThat(budget.spentToday("alice")).isEqualTo(400);
	}

}
