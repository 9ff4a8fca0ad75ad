package io.tailor.worker.llm;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Answers in memory, for tests that need a cache but not its table. */
class InMemoryAnswerCache implements AnswerCache {

	private final Map<String, String> answers = new ConcurrentHashMap<>();

	@Override
	public Optional<String> find(String key) {
		return Optional.ofNullable(this.answers.get(key));
	}

	@Override
	public void put(String key, String answer) {
		this.answers.putIfAbsent(key, answer);
	}

}
