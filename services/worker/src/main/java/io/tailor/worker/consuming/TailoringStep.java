package io.tailor.worker.consuming;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tailor.jobs.job.Job;
import io.tailor.worker.scoring.ScoringReport;
import io.tailor.worker.tailoring.CoverLetterWriter;
import io.tailor.worker.tailoring.OfflineTailor;
import io.tailor.worker.tailoring.Tailor;
import io.tailor.worker.tailoring.TailoredResume;
import io.tailor.worker.tailoring.UnavailableAfterSpending;
import io.tailor.worker.tailoring.UnusableAnswerException;

/**
 * The tailoring stage: the configured chain while the owner's daily token budget lasts,
 * the offline tailor after that; the cover letter by the models when they tailored the
 * résumé, the offline letter otherwise. The tokens spent are charged to the owner, those
 * of answers nothing came of too (counted under the chain's first tailor).
 */
public class TailoringStep {

	private final Tailor chain;

	private final Tailor offline = new OfflineTailor();

	private final CoverLetterWriter letters;

	private final TokenBudget budget;

	private final MeterRegistry meters;

	public TailoringStep(Tailor chain, CoverLetterWriter letters, TokenBudget budget, MeterRegistry meters) {
		this.chain = chain;
		this.letters = letters;
		this.budget = budget;
		this.meters = meters;
		meters.counter("tailor.llm.budget.exhausted");
	}

	/** A step with no budget and no metrics, for chains that spend no tokens or tests. */
	public TailoringStep(Tailor chain) {
		this(chain, CoverLetterWriter.offline(), new TokenBudget(TokenLedger.NONE, 0), new SimpleMeterRegistry());
	}

	CoverLetterWriter.Letter letter(Job job, ScoringReport report, TailoredResume tailored) {
		if (!tailored.tailor().startsWith("llm") || this.budget.isExhausted(job.owner())) {
			return CoverLetterWriter.offline().write(report, tailored.markdown(), job.jobDescription());
		}
		CoverLetterWriter.Letter letter = this.letters.write(report, tailored.markdown(), job.jobDescription());
		TailoredResume.TokenUsage usage = letter.usage();
		this.budget.spend(job.owner(), (long) usage.inputTokens() + usage.outputTokens());
		tokens(letter.writer().startsWith("llm") ? letter.writer() : tailored.tailor(), usage);
		return letter;
	}

	TailoredResume run(Job job, ScoringReport report) {
		if (job.revision().isEdit()) {
			return TailoredResume.byCandidate(job.revision().editedMarkdown(),
					report.missingSkills().stream().map(ScoringReport.Skill::label).toList());
		}
		if (this.budget.isExhausted(job.owner())) {
			this.meters.counter("tailor.llm.budget.exhausted").increment();
			return this.offline.tailor(report, job.jobDescription());
		}
		TailoredResume tailored;
		try {
			tailored = this.chain.tailor(report, job.jobDescription());
		}
		catch (UnusableAnswerException ex) {
			this.budget.spend(job.owner(), (long) ex.spent().inputTokens() + ex.spent().outputTokens());
			tokens(this.chain.name(), ex.spent());
			throw ex.reason();
		}
		catch (UnavailableAfterSpending ex) {
			this.budget.spend(job.owner(), (long) ex.spent().inputTokens() + ex.spent().outputTokens());
			tokens(this.chain.name(), ex.spent());
			throw ex;
		}
		TailoredResume.TokenUsage usage = tailored.usage();
		this.budget.spend(job.owner(), (long) usage.inputTokens() + usage.outputTokens());
		this.meters.counter("tailor.jobs.tailored", "tailor", tailored.tailor()).increment();
		tokens((tailored.fallback() != null && usage.model() != null) ? this.chain.name() : tailored.tailor(), usage);
		return tailored;
	}

	private void tokens(String tailor, TailoredResume.TokenUsage usage) {
		this.meters.counter("tailor.llm.tokens", "tailor", tailor, "direction", "input").increment(usage.inputTokens());
		this.meters.counter("tailor.llm.tokens", "tailor", tailor, "direction", "output")
			.increment(usage.outputTokens());
		this.meters.counter("tailor.llm.cost.usd", "tailor", tailor).increment(usage.estimatedCostUsd());
	}

}
