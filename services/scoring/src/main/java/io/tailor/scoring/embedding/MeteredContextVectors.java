package io.tailor.scoring.embedding;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.tailor.scoring.skills.ContextVectors;

/**
 * Records how long the model took for the context vectors of one text's lines (the span
 * tagger asks once per English text), by model.
 */
public final class MeteredContextVectors implements ContextVectors {

	private final ContextVectors model;

	private final Timer inference;

	public MeteredContextVectors(ContextVectors model, MeterRegistry meters) {
		this.model = model;
		this.inference = Timer.builder("tailor.scoring.context.duration")
			.description("Time the model took for the context vectors of one text's lines")
			.tag("model", model.model())
			.publishPercentileHistogram()
			.register(meters);
	}

	@Override
	public List<float[][]> of(List<String> lines, List<List<int[]>> ranges) {
		return this.inference.record(() -> this.model.of(lines, ranges));
	}

	@Override
	public int dimensions() {
		return this.model.dimensions();
	}

	@Override
	public String model() {
		return this.model.model();
	}

}
