package io.tailor.worker.llm;

import java.util.Optional;

/**
 * Remembers model answers by a key derived from everything that produced them, so the
 * same prompt to the same model is paid for once.
 */
public interface AnswerCache {

	Optional<String> find(String key);

	void put(String key, String answer);

	/** A cache that remembers nothing. */
	AnswerCache NONE = new AnswerCache() {
		@Override
		public Optional<String> find(String key) {
			return Optional.empty();
		}

		@Override
		public void put(String key, String answer) {
		}
	};

}
