package io.tailor.scoring.embedding;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
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
	void cudaWithoutItsProviderFailsAtStartWithWhatIsMissing() {
		EmbeddingProperties cuda = new EmbeddingProperties("all-minilm-l6-v2.onnx", "all-minilm-l6-v2-tokenizer.json",
				256, 8, Duration.ofMillis(3), "cuda", 1, 2);
		assertThatIllegalStateException().isThrownBy(() -> new OnnxEmbedder(cuda).close())
			.withMessageContaining("TAILOR_SCORING_DEVICE")
			.withMessageContaining("scoring-gpu image");
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
	void theInt8ModelAgreesWithTheFullOne() {
		List<String> texts = List.of("Built REST APIs in Java", "Cared for 30 patients a shift on a surgical ward",
				"Trained machine-learning models to forecast demand", "Kubernetes operator");
		try (OnnxEmbedder int8 = new OnnxEmbedder(new EmbeddingProperties("all-minilm-l6-v2-q.onnx",
				"all-minilm-l6-v2-q-tokenizer.json", 256, 8, Duration.ofMillis(3), "cpu", 1, 2))) {
			assertThat(int8.info().name()).isEqualTo("all-minilm-l6-v2-q.onnx");
			assertThat(int8.info().sha256()).isNotEqualTo(embedder.info().sha256());
			List<float[]> full = embedder.embed(texts);
			List<float[]> quantised = int8.embed(texts);
			for (int i = 0; i < texts.size(); i++) {
				assertThat(Vectors.dot(full.get(i), quantised.get(i))).isBetween(0.95, 0.9999);
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void truncatesLongTextInsteadOfFailing() {
		String longText = "word ".repeat(5_000);
		assertThat(embedder.embed(List.of(longText)).get(0)).hasSize(384);
	}

}
