package io.tailor.worker.tailoring;

import java.util.List;

import io.tailor.worker.llm.ModelUnavailableException;
import io.tailor.worker.scoring.ScoringReport;

/**
 * Tries each tailor of the chain in turn while providers are unavailable; a refusal,
 * truncation or invalid answer ends the attempt, since another provider would not make
 * the content acceptable. When every tailor is unavailable the last outage is thrown.
 */
public class FallbackTailor implements Tailor {

	private final List<Tailor> chain;

	public FallbackTailor(List<Tailor> chain) {
		if (chain.isEmpty()) {
			throw new IllegalArgumentException("The tailoring chain is empty");
		}
		this.chain = List.copyOf(chain);
	}

	@Override
	public TailoredResume tailor(ScoringReport report, String jobDescription) {
		ModelUnavailableException last = null;
		for (Tailor tailor : this.chain) {
			try {
				return tailor.tailor(report, jobDescription);
			}
			catch (ModelUnavailableException ex) {
				last = ex;
			}
		}
		throw last;
	}

}
