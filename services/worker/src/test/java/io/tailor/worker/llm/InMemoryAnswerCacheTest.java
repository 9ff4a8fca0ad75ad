package io.tailor.worker.llm;

/** The answer-cache contract on the in-memory cache other tests use. */
class InMemoryAnswerCacheTest extends AnswerCacheContract {

	private final AnswerCache cache = new InMemoryAnswerCache();

	@Override
	protected AnswerCache cache() {
		return this.cache;
	}

}
