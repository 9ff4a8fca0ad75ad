package io.tailor.worker.tailoring;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tailor.worker.llm.ModelRefusedException;
import io.tailor.worker.llm.ModelTruncatedException;
import io.tailor.worker.llm.ModelUnavailableException;
import io.tailor.worker.scoring.ScoringReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tries each tailor of the chain in turn while providers are unavailable. A filtered,
 * truncated or unusable answer goes straight to the offline tailor when the chain ends
 * with it (another provider would not make the content acceptable), with the reason and
 * the tokens the answer cost; without it the failure is thrown. When every tailor is
 * unavailable the last outage is thrown.
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
		this.chain.subList(0, this.chain.size() - 1).forEach((t) -> UNUSABLE.forEach((reason) -> fallbacks(t, reason)));
	}

	@Override
	public String name() {
		return this.chain.get(0).name();
	}

	@Override
	public TailoredResume tailor(ScoringReport report, String jobDescription) {
		ModelUnavailableException last = null;
		List<String> skipped = new ArrayList<>();
		TailoredResume.TokenUsage spent = TailoredResume.TokenUsage.NONE;
		for (Tailor tailor : this.chain) {
			try {
				TailoredResume tailored = tailor.tailor(report, jobDescription);
				return skipped.isEmpty() ? tailored
						: tailored.withFallback(String.join("; ", skipped), spent.plus(tailored.usage()));
			}
			catch (UnusableAnswerException ex) {
				Tailor offline = this.chain.get(this.chain.size() - 1);
				if (tailor == offline || !OfflineTailor.NAME.equals(offline.name())) {
					throw ex;
				}
				skipped.add(tailor.name() + ": " + ex.getMessage());
				log.warn("{} gave no usable answer ({}); tailoring offline", tailor.name(), ex.getMessage());
				fallbacks(tailor, reason(ex)).increment();
				return offline.tailor(report, jobDescription)
					.withFallback(String.join("; ", skipped), spent.plus(ex.spent()));
			}
			catch (ModelUnavailableException ex) {
				last = ex;
				if (ex instanceof UnavailableAfterSpending after) {
					spent = spent.plus(after.spent());
				}
				skipped.add(tailor.name() + " unavailable: " + ex.getMessage());
				log.warn("{} unavailable ({}); trying the next tailor of the chain", tailor.name(), ex.getMessage());
				if (tailor != this.chain.get(this.chain.size() - 1)) {
					fallbacks(tailor, ex.circuitOpen() ? "circuit_open" : "unavailable").increment();
				}
			}
		}
		throw (spent.inputTokens() + spent.outputTokens() > 0) ? new UnavailableAfterSpending(last, spent) : last;
	}

	private static final List<String> UNUSABLE = List.of("unavailable", "circuit_open", "refused", "truncated",
			"invalid");

	private static String reason(UnusableAnswerException ex) {
		return switch (ex.reason()) {
			case ModelRefusedException refused -> "refused";
			case ModelTruncatedException truncated -> "truncated";
			default -> "invalid";
		};
	}

	private Counter fallbacks(Tailor skipped, String reason) {
		return Counter.builder("tailor.llm.fallbacks")
			.description("Tailoring calls that moved past a provider that was unavailable or gave no usable answer")
			.tag("provider", skipped.name())
			.tag("reason", reason)
			.register(this.meters);
	}

}
