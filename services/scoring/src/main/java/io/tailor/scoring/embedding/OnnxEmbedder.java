package io.tailor.scoring.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.tailor.scoring.skills.ContextVectors;

/**
 * A sentence-transformer model on ONNX Runtime: the model's own tokenizer, one session
 * (all graph optimisations, the configured intra-op threads without spinning, one
 * inter-op thread), mean pooling over the attention mask, L2 normalisation. Safe to call
 * from several threads; {@link EmbeddingBatcher} calls it from a fixed number of workers.
 */
public final class OnnxEmbedder implements Embedder, ContextVectors, AutoCloseable {

	private final OrtEnvironment environment = OrtEnvironment.getEnvironment();

	private final OrtSession session;

	private final HuggingFaceTokenizer tokenizer;

	private final EmbeddingProperties properties;

	private final ModelInfo info;

	public OnnxEmbedder(EmbeddingProperties properties) {
		this.properties = properties;
		byte[] model = read(properties.model());
		this.tokenizer = tokenizer(properties);
		this.session = session(model, properties);
		this.info = new ModelInfo(properties.model(), sha256(model), properties.device(), properties.parallelRuns(),
				properties.threads(), properties.maxTokens(), probeDimensions());
	}

	/**
	 * Texts are tokenized one by one, sorted by length and run in chunks of at most
	 * {@code batchSize}, so each chunk pads little; vectors come back in the order given.
	 */
	@Override
	public List<float[]> embed(List<String> texts) {
		Encoding[] encodings = encode(texts);
		float[][] vectors = new float[encodings.length][];
		inChunks(encodings, (chunk) -> {
			float[][] pooled = run(Arrays.stream(chunk).map((i) -> encodings[i]).toArray(Encoding[]::new));
			for (int k = 0; k < chunk.length; k++) {
				vectors[chunk[k]] = pooled[k];
			}
		});
		return Arrays.asList(vectors);
	}

	private Encoding[] encode(List<String> texts) {
		Encoding[] encodings = new Encoding[texts.size()];
		for (int i = 0; i < encodings.length; i++) {
			encodings[i] = this.tokenizer.encode(texts.get(i));
		}
		return encodings;
	}

	/** Indices of the encodings, sorted by length, in chunks of at most batchSize. */
	private void inChunks(Encoding[] encodings, Consumer<Integer[]> chunkConsumer) {
		Integer[] order = new Integer[encodings.length];
		Arrays.setAll(order, (i) -> i);
		Arrays.sort(order,
				Comparator.comparingInt((Integer i) -> encodings[i].getIds().length).thenComparing((i) -> i));
		for (int from = 0; from < order.length; from += this.properties.batchSize()) {
			chunkConsumer
				.accept(Arrays.copyOfRange(order, from, Math.min(order.length, from + this.properties.batchSize())));
		}
	}

	/**
	 * The model's last hidden states of the subword tokens within each range, averaged
	 * and normalised; the lines run in chunks sorted by length, as {@link #embed} does.
	 */
	@Override
	public List<float[][]> of(List<String> lines, List<List<int[]>> ranges) {
		Encoding[] encodings = encode(lines);
		float[][][] vectors = new float[encodings.length][][];
		inChunks(encodings, (chunk) -> {
			Encoding[] batch = Arrays.stream(chunk).map((i) -> encodings[i]).toArray(Encoding[]::new);
			int width = Arrays.stream(batch).mapToInt((e) -> e.getIds().length).max().orElse(0);
			FloatBuffer hidden = hidden(batch);
			for (int k = 0; k < chunk.length; k++) {
				vectors[chunk[k]] = pool(hidden, k * width, batch[k].getCharTokenSpans(), lines.get(chunk[k]),
						ranges.get(chunk[k]));
			}
		});
		return Arrays.asList(vectors);
	}

	/**
	 * The tokenizer's offsets count code points, the ranges count chars: a character
	 * beyond the Basic Multilingual Plane (an emoji) is one and two of them.
	 */
	private float[][] pool(FloatBuffer hidden, int firstToken, CharSpan[] pieces, String line, List<int[]> ranges) {
		int dimensions = this.info.dimensions();
		float[][] vectors = new float[ranges.size()][dimensions];
		for (int r = 0; r < ranges.size(); r++) {
			int start = line.codePointCount(0, ranges.get(r)[0]);
			int end = line.codePointCount(0, ranges.get(r)[1]);
			for (int t = 0; t < pieces.length; t++) {
				CharSpan piece = pieces[t];
				if (piece != null && piece.getStart() < end && start < piece.getEnd()) {
					for (int d = 0; d < dimensions; d++) {
						vectors[r][d] += hidden.get((firstToken + t) * dimensions + d);
					}
				}
			}
			vectors[r] = Vectors.normalize(vectors[r]);
		}
		return vectors;
	}

	@Override
	public int dimensions() {
		return this.info.dimensions();
	}

	@Override
	public String model() {
		return this.info.name();
	}

	@Override
	public ModelInfo info() {
		return this.info;
	}

	private float[][] run(Encoding[] encodings) {
		int width = Arrays.stream(encodings).mapToInt((e) -> e.getIds().length).max().orElse(0);
		long[][] mask = new long[encodings.length][];
		for (int i = 0; i < encodings.length; i++) {
			mask[i] = encodings[i].getAttentionMask();
		}
		return meanPool(hidden(encodings), mask, width);
	}

	/** The last hidden states, row by row, each row padded to the longest encoding. */
	private FloatBuffer hidden(Encoding[] encodings) {
		int width = Arrays.stream(encodings).mapToInt((e) -> e.getIds().length).max().orElse(0);
		try (OnnxTensor ids = tensor(encodings, width, Encoding::getIds);
				OnnxTensor maskTensor = tensor(encodings, width, Encoding::getAttentionMask);
				OnnxTensor types = tensor(encodings, width, Encoding::getTypeIds);
				OrtSession.Result result = this.session
					.run(Map.of("input_ids", ids, "attention_mask", maskTensor, "token_type_ids", types))) {
			return ((OnnxTensor) result.get(0)).getFloatBuffer();
		}
		catch (OrtException ex) {
			throw new IllegalStateException("ONNX inference failed", ex);
		}
	}

	private static float[][] meanPool(FloatBuffer hidden, long[][] mask, int width) {
		int dimensions = hidden.capacity() / (mask.length * width);
		float[][] pooled = new float[mask.length][];
		for (int row = 0; row < mask.length; row++) {
			float[] sum = new float[dimensions];
			int count = 0;
			for (int token = 0; token < mask[row].length; token++) {
				if (mask[row][token] == 1) {
					count++;
					int base = (row * width + token) * dimensions;
					for (int d = 0; d < dimensions; d++) {
						sum[d] += hidden.get(base + d);
					}
				}
			}
			for (int d = 0; d < dimensions; d++) {
				sum[d] /= Math.max(count, 1);
			}
			pooled[row] = Vectors.normalize(sum);
		}
		return pooled;
	}

	private OnnxTensor tensor(Encoding[] encodings, int width, Function<Encoding, long[]> field) throws OrtException {
		LongBuffer buffer = LongBuffer.allocate(encodings.length * width);
		for (int i = 0; i < encodings.length; i++) {
			buffer.put(i * width, field.apply(encodings[i]));
		}
		return OnnxTensor.createTensor(this.environment, buffer, new long[] { encodings.length, width });
	}

	private int probeDimensions() {
		return embed(List.of("dimension probe")).get(0).length;
	}

	private OrtSession session(byte[] model, EmbeddingProperties properties) {
		try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
			options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
			options.setIntraOpNumThreads(properties.threads());
			options.setInterOpNumThreads(1);
			options.addConfigEntry("session.intra_op.allow_spinning", "0");
			if ("cuda".equalsIgnoreCase(properties.device())) {
				addCuda(options);
			}
			return this.environment.createSession(model, options);
		}
		catch (OrtException ex) {
			throw new IllegalStateException("Could not load the ONNX model " + properties.model(), ex);
		}
	}

	/** The CUDA execution provider, or a start-up failure that says what is missing. */
	private static void addCuda(OrtSession.SessionOptions options) {
		try {
			options.addCUDA(0);
		}
		catch (OrtException ex) {
			throw new IllegalStateException(
					"tailor.embedding.device is cuda (TAILOR_SCORING_DEVICE) but ONNX Runtime's "
							+ "CUDA execution provider did not start: it needs the scoring-gpu image (ONNX Runtime's CUDA build "
							+ "and the CUDA 12 libraries), a GPU and the host's NVIDIA driver (libcuda.so.1, mounted by the "
							+ "NVIDIA container runtime). Set TAILOR_SCORING_DEVICE=cpu to run on the CPU. ONNX Runtime said: "
							+ ex.getMessage(),
					ex);
		}
	}

	private static HuggingFaceTokenizer tokenizer(EmbeddingProperties properties) {
		try (InputStream in = resource(properties.tokenizer())) {
			return HuggingFaceTokenizer.newInstance(in,
					Map.of("maxLength", String.valueOf(properties.maxTokens()), "truncation", "true", "padding",
							"false", "modelMaxLength", String.valueOf(properties.maxTokens())));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] read(String name) {
		try (InputStream in = resource(name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream resource(String name) {
		InputStream in = OnnxEmbedder.class.getClassLoader().getResourceAsStream(name);
		if (in == null) {
			throw new IllegalStateException("Model resource not on the classpath: " + name);
		}
		return in;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() throws OrtException {
		this.session.close();
		this.tokenizer.close();
	}

}
