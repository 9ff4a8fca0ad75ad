package io.tailor.worker.llm;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.Nested;

/**
 * The language-model contract for the langchain4j adapter alone and as the worker wraps
 * it: metered, traced, and behind the answer cache.
 */
class LanguageModelAdaptersTest {

	@Nested
	class LangChain extends LanguageModelContract {

		@Override
		protected LanguageModel model(LanguageModel adapter) {
			return adapter;
		}

	}

	@Nested
	class Metered extends LanguageModelContract {

		@Override
		protected LanguageModel model(LanguageModel adapter) {
			return new MeteredLanguageModel(adapter, "gpt-4o-mini", new SimpleMeterRegistry());
		}

	}

	@Nested
	class Traced extends LanguageModelContract {

		@Override
		protected LanguageModel model(LanguageModel adapter) {
			return new TracedLanguageModel(adapter, "gpt-4o-mini", Tracer.NOOP);
		}

	}

	@Nested
	class Cached extends LanguageModelContract {

		@Override
		protected LanguageModel model(LanguageModel adapter) {
			return new CachingLanguageModel(adapter, "gpt-4o-mini", AnswerCache.NONE);
		}

	}

}
