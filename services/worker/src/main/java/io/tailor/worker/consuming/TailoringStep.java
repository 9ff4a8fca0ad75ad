package io.tailor.worker.consuming;

import io.tailor.jobs.job.Job;
import io.tailor.worker.scoring.ScoringReport;
import io.tailor.worker.tailoring.OfflineTailor;
import io.tailor.worker.tailoring.Tailor;
import io.tailor.worker.tailoring.TailoredResume;

/**
 * The tailoring stage: the configured chain while the owner's daily token budget lasts,
 * the offline tailor after that; the tokens spent are charged to the owner.
 */
public class TailoringStep {

	private final Tailor chain;

	private final Tailor offline = new OfflineTailor();

	private final TokenBudget budget;

	public TailoringStep(Tailor chain, TokenBudget budget) {
		this.chain = chain;
		this.budget = budget;
	}

	/** A step with no budget, for chains that spend no tokens or tests. */
	public TailoringStep(Tailor chain) {
		this(chain, new TokenBudget(null, 0));
	}

	TailoredResume run(Job job, ScoringReport report) {
		if (this.budget.isExhausted(job.owner())) {
			return this.offline.tailor(report, job.jobDescription());
		}
		TailoredResume tailored = this.chain.tailor(report, job.jobDescription());
		this.budget.spend(job.owner(), (long) tailored.usage().inputTokens() + tailored.usage().outputTokens());
		return tailored;
	}

}
