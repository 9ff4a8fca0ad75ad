package io.tailor.scoring.embedding;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ONNX model and tokenizer (classpath resources shipped in a Maven artifact), the
 * truncation length, how concurrent requests are batched (at most {@code batchSize} texts
 * per model run, waiting at most {@code batchWait} for company), and how inference runs:
 * {@code cpu} or {@code cuda}, {@code workers} model runs at once, each with
 * {@code intraOpThreads} threads. 0 means automatic: one worker per core, the cores
 * shared out so that workers × threads never exceeds them. Small batches on one thread
 * each beat large batches on all threads for résumé-length lines (docs/performance.md).
 */
@ConfigurationProperties("tailor.embedding")
public record EmbeddingProperties(@DefaultValue("all-minilm-l6-v2.onnx") String model,
		@DefaultValue("all-minilm-l6-v2-tokenizer.json") String tokenizer, @DefaultValue("256") int maxTokens,
		@DefaultValue("8") int batchSize, @DefaultValue("3ms") Duration batchWait, @DefaultValue("cpu") String device,
		@DefaultValue("0") int workers, @DefaultValue("0") int intraOpThreads) {

	public int parallelRuns() {
		return (this.workers > 0) ? this.workers : Runtime.getRuntime().availableProcessors();
	}

	public int threads() {
		return (this.intraOpThreads > 0) ? this.intraOpThreads
				: Math.max(1, Runtime.getRuntime().availableProcessors() / parallelRuns());
	}

}
