package io.tailor.scoring.embedding;

import java.util.List;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Records each model run: how many texts it embedded together and how long inference
 * took, by device and model.
 */
public final class MeteredEmbedder implements Embedder {

	private final Embedder model;

	private final Timer inference;

	private final DistributionSummary batchSize;

	public MeteredEmbedder(Embedder model, MeterRegistry meters) {
		this.model = model;
		ModelInfo info = model.info();
		this.inference = Timer.builder("tailor.scoring.inference.duration")
			.description("Time the embedding model took for one batch")
			.tag("device", info.device())
			.tag("model", info.name())
			.publishPercentileHistogram()
			.register(meters);
		this.batchSize = DistributionSummary.builder("tailor.scoring.batch.size")
			.description("Texts embedded in one model run")
			.tag("device", info.device())
			.publishPercentileHistogram()
			.register(meters);
	}

	@Override
	public List<float[]> embed(List<String> texts) {
		this.batchSize.record(texts.size());
		return this.inference.record(() -> this.model.embed(texts));
	}

	@Override
	public ModelInfo info() {
		return this.model.info();
	}

}
