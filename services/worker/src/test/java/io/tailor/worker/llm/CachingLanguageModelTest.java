package io.tailor.worker.llm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CachingLanguageModelTest {

	@Test
	void theSameQuestionIsPaidForOnceAndADifferentOneIsAskedAgain() {
		AtomicInteger calls = new AtomicInteger();
		LanguageModel model = new LanguageModel() {
			@Override
			public String name() {
				return "stub";
			}

			@Override
			public ModelReply reply(String system, List<Turn> turns) {
				return new ModelReply("answer " + calls.incrementAndGet(), "stub", 100, 50);
			}
		};
		Map<String, String> store = new HashMap<>();
		AnswerCache cache = new AnswerCache() {
			@Override
			public Optional<String> find(String key) {
				return Optional.ofNullable(store.get(key));
			}

			@Override
			public void put(String key, String answer) {
				store.put(key, answer);
			}
		};
		CachingLanguageModel cached = new CachingLanguageModel(model, cache);
		ModelReply first = cached.reply("system v1", List.of(LanguageModel.Turn.user("résumé A")));
		ModelReply again = cached.reply("system v1", List.of(LanguageModel.Turn.user("résumé A")));
		ModelReply other = cached.reply("system v1", List.of(LanguageModel.Turn.user("résumé B")));
		assertThat(again.text()).isEqualTo(first.text());
		assertThat(again.inputTokens()).isZero();
		assertThat(other.text()).isEqualTo("answer 2");
		assertThat(calls).hasValue(2);
	}

}
