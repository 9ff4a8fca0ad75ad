package io.tailor.scoring.embedding;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ONNX model and tokenizer (classpath resources shipped in a Maven artifact), the
 * truncation length, and how inference runs ({@code cpu} or {@code cuda}; 0 threads means
 * one per core).
 */
@ConfigurationProperties("tailor.embedding")
public record EmbeddingProperties(@DefaultValue("all-minilm-l6-v2.onnx") String model,
		@DefaultValue("all-minilm-l6-v2-tokenizer.json") String tokenizer, @DefaultValue("256") int maxTokens,
		@DefaultValue("32") int batchSize, @DefaultValue("cpu") String device, @DefaultValue("0") int intraOpThreads) {

	public int threads() {
		return (this.intraOpThreads > 0) ? this.intraOpThreads : Runtime.getRuntime().availableProcessors();
	}

}
