package io.tailor.scoring;

import java.time.Duration;

import io.tailor.scoring.embedding.EmbeddingProperties;
import io.tailor.scoring.embedding.OnnxEmbedder;

/**
 * The shipped MiniLM model, loaded once per test JVM for the tests and tools that need
 * its sentence or context vectors; it lives as long as the JVM.
 */
public final class TestModel {

	private static OnnxEmbedder model;

	private TestModel() {
	}

	public static synchronized OnnxEmbedder minilm() {
		if (model == null) {
			model = new OnnxEmbedder(new EmbeddingProperties("all-minilm-l6-v2.onnx", "all-minilm-l6-v2-tokenizer.json",
					256, 8, Duration.ofMillis(3), "cpu", 1, 1));
		}
		return model;
	}

}
