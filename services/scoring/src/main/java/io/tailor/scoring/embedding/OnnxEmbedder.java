package io.tailor.scoring.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * A sentence-transformer model on ONNX Runtime: the model's own tokenizer, one session,
 * mean pooling over the attention mask, L2 normalisation.
 */
public class OnnxEmbedder implements Embedder, AutoCloseable {

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
		this.info = new ModelInfo(properties.model(), sha256(model), properties.device(), properties.threads(),
				properties.maxTokens(), dimensions());
	}

	@Override
	public List<float[]> embed(List<String> texts) {
		List<float[]> vectors = new ArrayList<>(texts.size());
		for (int from = 0; from < texts.size(); from += this.properties.batchSize()) {
			int to = Math.min(texts.size(), from + this.properties.batchSize());
			vectors.addAll(embedBatch(texts.subList(from, to)));
		}
		return vectors;
	}

	@Override
	public ModelInfo info() {
		return this.info;
	}

	private List<float[]> embedBatch(List<String> texts) {
		Encoding[] encodings = this.tokenizer.batchEncode(texts);
		long[][] ids = new long[encodings.length][];
		long[][] mask = new long[encodings.length][];
		long[][] types = new long[encodings.length][];
		for (int i = 0; i < encodings.length; i++) {
			ids[i] = encodings[i].getIds();
			mask[i] = encodings[i].getAttentionMask();
			types[i] = encodings[i].getTypeIds();
		}
		try (OnnxTensor idTensor = tensor(ids);
				OnnxTensor maskTensor = tensor(mask);
				OnnxTensor typeTensor = tensor(types);
				OrtSession.Result result = this.session
					.run(Map.of("input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor))) {
			float[][][] hidden = (float[][][]) result.get(0).getValue();
			return meanPool(hidden, mask);
		}
		catch (OrtException ex) {
			throw new IllegalStateException("ONNX inference failed", ex);
		}
	}

	private static List<float[]> meanPool(float[][][] hidden, long[][] mask) {
		List<float[]> pooled = new ArrayList<>(hidden.length);
		for (int row = 0; row < hidden.length; row++) {
			float[] sum = new float[hidden[row][0].length];
			int count = 0;
			for (int token = 0; token < hidden[row].length; token++) {
				if (mask[row][token] == 1) {
					count++;
					for (int d = 0; d < sum.length; d++) {
						sum[d] += hidden[row][token][d];
					}
				}
			}
			for (int d = 0; d < sum.length; d++) {
				sum[d] /= Math.max(count, 1);
			}
			pooled.add(Vectors.normalize(sum));
		}
		return pooled;
	}

	private OnnxTensor tensor(long[][] rows) throws OrtException {
		int width = rows[0].length;
		LongBuffer buffer = LongBuffer.allocate(rows.length * width);
		for (long[] row : rows) {
			buffer.put(row);
		}
		buffer.flip();
		return OnnxTensor.createTensor(this.environment, buffer, new long[] { rows.length, width });
	}

	private int dimensions() {
		return embedBatch(List.of("dimension probe")).get(0).length;
	}

	private OrtSession session(byte[] model, EmbeddingProperties properties) {
		try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
			options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
			options.setIntraOpNumThreads(properties.threads());
			options.setInterOpNumThreads(1);
			if ("cuda".equalsIgnoreCase(properties.device())) {
				options.addCUDA(0);
			}
			return this.environment.createSession(model, options);
		}
		catch (OrtException ex) {
			throw new IllegalStateException("Could not load the ONNX model " + properties.model(), ex);
		}
	}

	private static HuggingFaceTokenizer tokenizer(EmbeddingProperties properties) {
		try (InputStream in = resource(properties.tokenizer())) {
			return HuggingFaceTokenizer.newInstance(in, Map.of("maxLength", String.valueOf(properties.maxTokens()),
					"truncation", "true", "padding", "true", "modelMaxLength", String.valueOf(properties.maxTokens())));
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
