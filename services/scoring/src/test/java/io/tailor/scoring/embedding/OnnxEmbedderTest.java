package io.tailor.scoring.embedding;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OnnxEmbedderTest {

	private static OnnxEmbedder embedder;

	@BeforeAll
	static void load() {
		embedder = new OnnxEmbedder(new EmbeddingProperties("all-minilm-l6-v2.onnx", "all-minilm-l6-v2-tokenizer.json",
				256, 8, Duration.ofMillis(3), "cpu", 1, 2));
	}

	@AfterAll
	static void close() throws Exception {
		embedder.close();
	}

	@Test
	void vectorsAreUnitLength() {
		float[] v = embedder.embed(List.of("Built REST APIs in Java")).get(0);
		assertThat(v).hasSize(384);
		assertThat(Vectors.dot(v, v)).isCloseTo(1.0, within(1e-4));
	}

	@Test
	void paraphrasesAreCloserThanUnrelatedText() {
		List<float[]> v = embedder.embed(List.of("Experience building backend services in Java",
				"Developed server-side applications with Java", "Managed a bakery's weekend staff rota"));
		assertThat(Vectors.dot(v.get(0), v.get(1))).isGreaterThan(Vectors.dot(v.get(0), v.get(2)) + 0.3);
	}

	@Test
	void sameTextGivesTheSameVectorWhateverTheBatch() {
		float[] alone = embedder.embed(List.of("Kubernetes operator")).get(0);
		List<String> batch = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			batch.add("padding sentence number " + i + " that is somewhat longer than the others");
		}
		batch.add("Kubernetes operator");
		float[] inBatch = embedder.embed(batch).get(11);
		assertThat(inBatch).containsExactly(alone);
	}

	@Test
	void returnsVectorsInTheOrderGivenWhateverTheLengths() {
		List<String> texts = List.of("a much longer sentence about distributed systems and queues", "Java", "SQL");
		List<float[]> together = embedder.embed(texts);
		for (int i = 0; i < texts.size(); i++) {
			assertThat(together.get(i)).containsExactly(embedder.embed(List.of(texts.get(i))).get(0));
		}
	}

	@Test
	void reportsTheModel() {
		ModelInfo info = embedder.info();
		assertThat(info.sha256()).hasSize(64);
		assertThat(info.device()).isEqualTo("cpu");
		assertThat(info.intraOpThreads()).isEqualTo(2);
		assertThat(info.dimensions()).isEqualTo(384);
	}

	@Test
	void truncatesLongTextInsteadOfFailing() {
		String longText = "word ".repeat(5_000);
		assertThat(embedder.embed(List.of(longText)).get(0)).hasSize(384);
	}

}
