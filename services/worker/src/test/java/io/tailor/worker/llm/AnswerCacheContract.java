package io.tailor.worker.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link AnswerCache} promises: an answer put under a key is found by that key
 * and no other, exactly as written; the first answer stored under a key stays; storing
 * the same key at once from several workers neither fails nor mixes answers. Subclasses
 * give an empty cache.
 */
abstract class AnswerCacheContract {

	protected abstract AnswerCache cache();

	@Test
	void anAnswerIsFoundByItsKeyOnly() {
		String key = UUID.randomUUID().toString();
		assertThat(cache().find(key)).isEmpty();
		cache().put(key, "{\"lines\": []}");
		assertThat(cache().find(key)).contains("{\"lines\": []}");
		assertThat(cache().find(key + "x")).isEmpty();
	}

	@Test
	void anAnswerComesBackExactlyAsWritten() {
		String answer = "Zoë — Pflegefachkraft · 東京 · \"quoted\" \\ back-slashed\n" + "x".repeat(20_000);
		cache().put("k-exact", answer);
		assertThat(cache().find("k-exact")).contains(answer);
	}

	@Test
	void theFirstAnswerStoredUnderAKeyStays() {
		cache().put("k-first", "first");
		cache().put("k-first", "second");
		assertThat(cache().find("k-first")).contains("first");
	}

	@Test
	void workersStoringTheSameKeyAtOnceNeitherFailNorMixAnswers() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> puts = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				int n = i;
				puts.add(pool.submit(() -> cache().put("k-race", "answer " + n)));
			}
			for (Future<?> put : puts) {
				put.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(cache().find("k-race")).hasValueSatisfying((a) -> assertThat(a).matches("answer [0-7]"));
	}

}
