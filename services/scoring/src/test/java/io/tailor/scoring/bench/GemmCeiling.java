package io.tailor.scoring.bench;

import java.nio.FloatBuffer;
import java.util.Map;
import java.util.Random;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * The FLOP ceiling: a float32 MatMul through ONNX Runtime (the same MLAS kernels and
 * threads the model uses), shaped like the model's feed-forward layer, best of several
 * runs.
 */
final class GemmCeiling {

	private GemmCeiling() {
	}

	/**
	 * Floating-point operations per second of the best run of an [m, k] × [k, n] MatMul.
	 */
	static double flops(int m, int k, int n, int threads) throws OrtException {
		OrtEnvironment env = OrtEnvironment.getEnvironment();
		try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
			options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
			options.setIntraOpNumThreads(threads);
			options.setInterOpNumThreads(1);
			try (OrtSession session = env.createSession(MatMulModel.bytes(m, k, n), options);
					OnnxTensor a = random(env, m, k);
					OnnxTensor b = random(env, k, n)) {
				double best = Double.MAX_VALUE;
				for (int i = 0; i < 40; i++) {
					long start = System.nanoTime();
					try (OrtSession.Result result = session.run(Map.of("A", a, "B", b))) {
						best = Math.min(best, (System.nanoTime() - start) / 1e9);
					}
				}
				return 2.0 * m * k * n / best;
			}
		}
	}

	private static OnnxTensor random(OrtEnvironment env, int rows, int columns) throws OrtException {
		Random random = new Random(42);
		FloatBuffer buffer = FloatBuffer.allocate(rows * columns);
		for (int i = 0; i < rows * columns; i++) {
			buffer.put(random.nextFloat() - 0.5f);
		}
		buffer.flip();
		return OnnxTensor.createTensor(env, buffer, new long[] { rows, columns });
	}

}
