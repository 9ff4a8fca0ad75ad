package io.tailor.worker.llm;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CachingLanguageModelTest {

	@Test
	void anAcceptedAnswerIsPaidForOnceAndOnlyForTheSameModelAndQuestion() {
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
		AnswerCache cache = new InMemoryAnswerCache();
		CachingLanguageModel cached = new CachingLanguageModel(model, "gpt-4o-mini", cache);
		List<LanguageModel.Turn> question = List.of(LanguageModel.Turn.user("résumé A"));
		ModelReply first = cached.reply("system v1", question);
		ModelReply unaccepted = cached.reply("system v1", question);
		assertThat(unaccepted.text()).as("an answer not yet accepted is asked again").isEqualTo("answer 2");
		cached.accepted("system v1", question, unaccepted);
		ModelReply again = cached.reply("system v1", question);
		ModelReply other = cached.reply("system v1", List.of(LanguageModel.Turn.user("résumé B")));
		ModelReply otherModel = new CachingLanguageModel(model, "gpt-4.1", cache).reply("system v1", question);
		assertThat(first.text()).isEqualTo("answer 1");
		assertThat(again.text()).isEqualTo("answer 2");
		assertThat(again.inputTokens()).isZero();
		assertThat(other.text()).isEqualTo("answer 3");
		assertThat(otherModel.text()).as("another deployment is another question").isEqualTo("answer 4");
		assertThat(calls).hasValue(4);
	}

}
