package io.tailor.scoring.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.tailor.scoring.skills.ContextVectors;

/**
 * Context vectors of each line computed once per run: the vectors of a line's words do
 * not depend on what else is asked, so fitting and measuring several taggers on the same
 * lines asks the model once. Copies are handed out, since training scales them.
 */
final class MemoContextVectors implements ContextVectors {

	private final ContextVectors model;

	private final Map<String, float[][]> seen = new ConcurrentHashMap<>();

	MemoContextVectors(ContextVectors model) {
		this.model = model;
	}

	@Override
	public List<float[][]> of(List<String> lines, List<List<int[]>> ranges) {
		List<String> keys = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		List<List<int[]>> missingRanges = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String key = lines.get(i) + "\u0000" + ranges.get(i).stream().map((r) -> r[0] + "-" + r[1]).toList();
			keys.add(key);
			if (!this.seen.containsKey(key) && !keys.subList(0, i).contains(key)) {
				missing.add(lines.get(i));
				missingRanges.add(ranges.get(i));
			}
		}
		List<float[][]> computed = missing.isEmpty() ? List.of() : this.model.of(missing, missingRanges);
		for (int i = 0, m = 0; i < lines.size(); i++) {
			if (!this.seen.containsKey(keys.get(i))) {
				this.seen.put(keys.get(i), computed.get(m++));
			}
		}
		return keys.stream().map((k) -> copy(this.seen.get(k))).toList();
	}

	private static float[][] copy(float[][] vectors) {
		float[][] copy = new float[vectors.length][];
		for (int i = 0; i < vectors.length; i++) {
			copy[i] = vectors[i].clone();
		}
		return copy;
	}

	@Override
	public int dimensions() {
		return this.model.dimensions();
	}

	@Override
	public String model() {
		return this.model.model();
	}

}
