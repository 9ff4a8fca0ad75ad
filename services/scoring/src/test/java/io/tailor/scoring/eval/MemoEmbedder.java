package io.tailor.scoring.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.tailor.scoring.embedding.Embedder;
import io.tailor.scoring.embedding.ModelInfo;

/**
 * Embeds each distinct text once for the whole evaluation: a pair set scores every résumé
 * against every job, so the same lines come back once per pair. Vectors do not depend on
 * the batch they were computed in, so the figures are those of the model itself.
 */
final class MemoEmbedder implements Embedder {

	private final Embedder model;

	private final Map<String, float[]> vectors = new HashMap<>();

	MemoEmbedder(Embedder model) {
		this.model = model;
	}

	@Override
	public List<float[]> embed(List<String> texts) {
		List<String> missing = texts.stream().filter((t) -> !this.vectors.containsKey(t)).distinct().toList();
		if (!missing.isEmpty()) {
			List<float[]> computed = this.model.embed(missing);
			for (int i = 0; i < missing.size(); i++) {
				this.vectors.put(missing.get(i), computed.get(i));
			}
		}
		List<float[]> out = new ArrayList<>(texts.size());
		texts.forEach((t) -> out.add(this.vectors.get(t)));
		return out;
	}

	@Override
	public ModelInfo info() {
		return this.model.info();
	}

}
