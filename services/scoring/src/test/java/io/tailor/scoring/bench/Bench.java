package io.tailor.scoring.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.tailor.scoring.embedding.EmbeddingBatcher;
import io.tailor.scoring.embedding.EmbeddingProperties;
import io.tailor.scoring.embedding.OnnxEmbedder;
import io.tailor.scoring.embedding.Vectors;

/**
 * {@code make bench}, in-process part: embedding throughput of the service's path
 * (concurrent callers through {@link EmbeddingBatcher} into {@link OnnxEmbedder}) and of
 * langchain4j's {@code AllMiniLmL6V2EmbeddingModel} on the same texts, and both against
 * the FLOP ceiling of a MatMul measured on this machine; then the same for the int8 model
 * (the service's path and langchain4j's {@code AllMiniLmL6V2QuantizedEmbeddingModel}),
 * with its agreement with the fp32 vectors; each figure is the best of {@value #ROUNDS}
 * interleaved passes over the same texts, so that other load on the machine hurts both
 * sides alike; then what the span tagger costs a match ({@link TaggerBench}).
 * {@code service <url> <pid>} runs the service part ({@link ServiceBench}).
 */
public final class Bench {

	static final int LAYERS = 6;

	static final int HIDDEN = 384;

	static final int FFN = 1536;

	private static final int ROUNDS = 5;

	private static final int CALLERS = 16;

	private static final int TEXTS_PER_CALL = 8;

	private Bench() {
	}

	public static void main(String[] args) throws Exception {
		System.setProperty("ai.djl.offline", "true");
		Path root = Path.of(System.getProperty("tailor.repo.root", "."));
		if (args.length > 0 && args[0].equals("service")) {
			ServiceBench.run(root, args[1], Long.parseLong(args[2]));
			return;
		}
		List<String> texts = corpus(root, 512);
		int[] tokens = tokens(texts);
		long tokenSum = 0;
		double modelFlops = 0;
		for (int l : tokens) {
			tokenSum += l;
			modelFlops += flops(l);
		}
		int threads = Runtime.getRuntime().availableProcessors();
		EmbeddingProperties properties = new EmbeddingProperties("all-minilm-l6-v2.onnx",
				"all-minilm-l6-v2-tokenizer.json", 256, Integer.getInteger("bench.batch", 8), Duration.ofMillis(3),
				"cpu", Integer.getInteger("bench.workers", 0), 0);
		double ceiling = Math.max(GemmCeiling.flops(4096, HIDDEN, FFN, threads),
				GemmCeiling.flops(1024, 1024, 1024, threads));
		print("machine", threads + " cores, " + cpuModel() + ", load average " + loadAverage());
		print("texts", texts.size() + " texts, " + tokenSum + " tokens (mean " + tokenSum / texts.size()
				+ ", truncation 256, none truncated: " + (maxOf(tokens) < 256) + ")");
		print("gemm ceiling", String.format(Locale.ROOT, "%.1f GFLOP/s (ONNX Runtime MatMul fp32, %d threads)",
				ceiling / 1e9, threads));
		EmbeddingModel langchain = new AllMiniLmL6V2EmbeddingModel();
		EmbeddingModel langchainInt8 = new AllMiniLmL6V2QuantizedEmbeddingModel();
		List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
		List<float[]> theirs = langchain.embedAll(segments).content().stream().map((e) -> e.vector()).toList();
		EmbeddingProperties int8 = new EmbeddingProperties("all-minilm-l6-v2-q.onnx",
				"all-minilm-l6-v2-q-tokenizer.json", 256, properties.batchSize(), properties.batchWait(), "cpu",
				properties.workers(), 0);
		double[] seconds = { Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE };
		List<float[]> ours;
		List<float[]> oursInt8;
		try (EmbeddingBatcher service = batcher(properties); EmbeddingBatcher quantised = batcher(int8)) {
			ours = concurrently(service::embed, texts);
			oursInt8 = concurrently(quantised::embed, texts);
			langchainInt8.embedAll(segments);
			for (int round = 0; round < ROUNDS; round++) {
				seconds[0] = Math.min(seconds[0], time(() -> concurrently(service::embed, texts)));
				seconds[1] = Math.min(seconds[1], time(() -> langchain.embedAll(segments)));
				seconds[2] = Math.min(seconds[2], time(() -> concurrently(quantised::embed, texts)));
				seconds[3] = Math.min(seconds[3], time(() -> langchainInt8.embedAll(segments)));
			}
		}
		report("tailor fp32 (batcher, " + CALLERS + " callers)", texts.size(), tokenSum, modelFlops, seconds[0],
				ceiling);
		report("langchain4j fp32 embedAll", texts.size(), tokenSum, modelFlops, seconds[1], ceiling);
		print("speed-up fp32 vs langchain4j fp32", String.format(Locale.ROOT, "%.2fx", seconds[1] / seconds[0]));
		print("agreement fp32",
				String.format(Locale.ROOT, "min cosine tailor vs langchain4j %.5f", agreement(ours, theirs)));
		print("tailor int8 (batcher, " + CALLERS + " callers)", String.format(Locale.ROOT,
				"%.0f texts/s, %.0f tokens/s", texts.size() / seconds[2], tokenSum / seconds[2]));
		print("langchain4j int8 embedAll", String.format(Locale.ROOT, "%.0f texts/s, %.0f tokens/s",
				texts.size() / seconds[3], tokenSum / seconds[3]));
		print("speed-up int8 vs langchain4j fp32", String.format(Locale.ROOT, "%.2fx", seconds[1] / seconds[2]));
		print("speed-up int8 vs langchain4j int8", String.format(Locale.ROOT, "%.2fx", seconds[3] / seconds[2]));
		print("agreement int8", String.format(Locale.ROOT, "min cosine tailor int8 vs langchain4j fp32 %.5f",
				agreement(oursInt8, theirs)));
		TaggerBench.run(root);
	}

	private static EmbeddingBatcher batcher(EmbeddingProperties properties) {
		return new EmbeddingBatcher(new OnnxEmbedder(properties), properties.batchSize(), properties.batchWait(),
				properties.parallelRuns());
	}

	private static double time(Callable<?> work) throws Exception {
		long start = System.nanoTime();
		work.call();
		return (System.nanoTime() - start) / 1e9;
	}

	/** Forward-pass FLOPs of one text of {@code l} tokens (matrix multiplies only). */
	static double flops(int l) {
		double projections = 2.0 * l * HIDDEN * (4 * HIDDEN + 2 * FFN);
		double attention = 4.0 * l * l * HIDDEN;
		return LAYERS * (projections + attention);
	}

	private static List<float[]> concurrently(java.util.function.Function<List<String>, List<float[]>> embed,
			List<String> texts) throws Exception {
		float[][] out = new float[texts.size()][];
		AtomicInteger next = new AtomicInteger();
		try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int c = 0; c < CALLERS; c++) {
				callers.submit(() -> {
					int from;
					while ((from = next.getAndAdd(TEXTS_PER_CALL)) < texts.size()) {
						int to = Math.min(texts.size(), from + TEXTS_PER_CALL);
						List<float[]> vectors = embed.apply(texts.subList(from, to));
						for (int i = from; i < to; i++) {
							out[i] = vectors.get(i - from);
						}
					}
					return null;
				});
			}
		}
		return List.of(out);
	}

	private static void report(String name, int texts, long tokens, double modelFlops, double seconds, double ceiling) {
		print(name, String.format(Locale.ROOT, "%.0f texts/s, %.0f tokens/s, %.1f GFLOP/s = %.0f%% of the GEMM ceiling",
				texts / seconds, tokens / seconds, modelFlops / seconds / 1e9, 100 * modelFlops / seconds / ceiling));
	}

	private static double agreement(List<float[]> a, List<float[]> b) {
		double min = 1;
		for (int i = 0; i < a.size(); i++) {
			min = Math.min(min, Vectors.dot(a.get(i), b.get(i)));
		}
		return min;
	}

	static List<String> corpus(Path root, int size) throws IOException {
		List<String> lines = new ArrayList<>();
		try (Stream<Path> files = Stream.concat(Files.walk(root.resolve("evals/samples")),
				Files.walk(root.resolve("evals/scoring/bench")))) {
			for (Path file : files.filter((f) -> f.toString().matches(".*\\.(md|txt)$")).sorted().toList()) {
				Files.readAllLines(file)
					.stream()
					.map((l) -> l.replaceAll("^[-#*\\s]+", "").strip())
					.filter((l) -> l.split("\\s+").length >= 4)
					.forEach(lines::add);
			}
		}
		List<String> texts = new ArrayList<>();
		for (int i = 0; texts.size() < size; i++) {
			texts.add(lines.get(i % lines.size()));
		}
		return texts;
	}

	private static int[] tokens(List<String> texts) throws IOException {
		try (InputStream in = Bench.class.getClassLoader().getResourceAsStream("all-minilm-l6-v2-tokenizer.json");
				HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(in,
						Map.of("maxLength", "256", "truncation", "true", "padding", "false"))) {
			return texts.stream().mapToInt((t) -> tokenizer.encode(t).getIds().length).toArray();
		}
	}

	private static int maxOf(int[] values) {
		int max = 0;
		for (int v : values) {
			max = Math.max(max, v);
		}
		return max;
	}

	static String cpuModel() throws IOException {
		return Files.readAllLines(Path.of("/proc/cpuinfo"))
			.stream()
			.filter((l) -> l.startsWith("model name"))
			.findFirst()
			.map((l) -> l.replaceFirst("model name\\s*:\\s*", ""))
			.orElse("unknown");
	}

	private static String loadAverage() throws IOException {
		return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
	}

	static void print(String name, String value) {
		System.out.printf(Locale.ROOT, "%-34s %s%n", name, value);
	}

}
