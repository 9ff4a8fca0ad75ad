package io.tailor.worker.tailoring;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tailor.worker.llm.ModelUnavailableException;
import io.tailor.worker.scoring.ScoringReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tries each tailor of the chain in turn while providers are unavailable; a refusal,
 * truncation or invalid answer ends the attempt, since another provider would not make
 * the content acceptable. When every tailor is unavailable the last outage is thrown.
 */
public class FallbackTailor implements Tailor {

	private static final Logger log = LoggerFactory.getLogger(FallbackTailor.class);

	private final List<Tailor> chain;

	private final MeterRegistry meters;

	public FallbackTailor(List<Tailor> chain) {
		this(chain, new SimpleMeterRegistry());
	}

	/** Counts each move past an unavailable member as {@code tailor.llm.fallbacks}. */
	public FallbackTailor(List<Tailor> chain, MeterRegistry meters) {
		if (chain.isEmpty()) {
			throw new IllegalArgumentException("The tailoring chain is empty");
		}
		this.chain = List.copyOf(chain);
		this.meters = meters;
		this.chain.subList(0, this.chain.size() - 1).forEach((t) -> {
			fallbacks(t, "unavailable");
			fallbacks(t, "circuit_open");
		});
	}

	@Override
	public String name() {
		return this.chain.get(0).name();
	}

	@Override
	public TailoredResume tailor(ScoringReport report, String jobDescription) {
		ModelUnavailableException last = null;
		List<String> skipped = new ArrayList<>();
		for (Tailor tailor : this.chain) {
			try {
				TailoredResume tailored = tailor.tailor(report, jobDescription);
				return skipped.isEmpty() ? tailored : tailored.withFallback(String.join("; ", skipped));
			}
			catch (ModelUnavailableException ex) {
				last = ex;
				skipped.add(tailor.name() + " unavailable: " + ex.getMessage());
				log.warn("{} unavailable ({}); trying the next tailor of the chain", tailor.name(), ex.getMessage());
				if (tailor != this.chain.get(this.chain.size() - 1)) {
					fallbacks(tailor, ex.circuitOpen() ? "circuit_open" : "unavailable").increment();
				}
			}
		}
		throw last;
	}

	private Counter fallbacks(Tailor skipped, String reason) {
		return Counter.builder("tailor.llm.fallbacks")
			.description("Tailoring calls that moved past an unavailable provider to the next in the chain")
			.tag("provider", skipped.name())
			.tag("reason", reason)
			.register(this.meters);
	}

}
