package io.tailor.scoring.embedding;

/** Small vector arithmetic on embeddings. */
public final class Vectors {

	private Vectors() {
	}

	public static double dot(float[] a, float[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

	static float[] normalize(float[] v) {
		double norm = Math.sqrt(dot(v, v));
		if (norm == 0) {
			return v;
		}
		for (int i = 0; i < v.length; i++) {
			v[i] = (float) (v[i] / norm);
		}
		return v;
	}

}
