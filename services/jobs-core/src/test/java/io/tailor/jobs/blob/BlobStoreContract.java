package io.tailor.jobs.blob;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** What every {@link BlobStore} adapter promises. */
public abstract class BlobStoreContract {

	protected abstract BlobStore store();

	@Test
	void returnsWhatWasStored() {
		String key = BlobKeys.forResume(UUID.randomUUID());
		byte[] content = "résumé".getBytes(StandardCharsets.UTF_8);
		store().put(key, content, "text/plain");
		assertThat(store().get(key)).isEqualTo(content);
	}

	@Test
	void replacesOnSecondPut() {
		String key = BlobKeys.forResume(UUID.randomUUID());
		store().put(key, new byte[] { 1 }, "application/pdf");
		store().put(key, new byte[] { 2, 3 }, "application/pdf");
		assertThat(store().get(key)).containsExactly(2, 3);
	}

	@Test
	void missingKeyIsNotFound() {
		assertThatExceptionOfType(BlobNotFoundException.class)
			.isThrownBy(() -> store().get(BlobKeys.forResume(UUID.randomUUID())));
	}

	@Test
	void deleteRemovesAndIsIdempotent() {
		String key = BlobKeys.forResume(UUID.randomUUID());
		store().put(key, new byte[] { 1 }, "text/plain");
		store().delete(key);
		store().delete(key);
		assertThatExceptionOfType(BlobNotFoundException.class).isThrownBy(() -> store().get(key));
	}

	@Test
	void refusesKeysThatCouldEscape() {
		assertThatIllegalArgumentException().isThrownBy(() -> store().put("../etc/passwd", new byte[0], "text/plain"));
		assertThatIllegalArgumentException().isThrownBy(() -> store().get("resumes/../../x"));
	}

	@Test
	void listsKeysWrittenBeforeAnInstant() {
		String prefix = "resumes/" + UUID.randomUUID().toString().substring(0, 8);
		String key = prefix + "/" + UUID.randomUUID();
		store().put(key, new byte[] { 1 }, "text/plain");
		assertThat(store().keysOlderThan(prefix, Instant.now().plusSeconds(5))).containsExactly(key);
		assertThat(store().keysOlderThan(prefix, Instant.now().minusSeconds(3600))).isEmpty();
		assertThat(store().keysOlderThan("resumes/none-here", Instant.now().plusSeconds(5))).isEmpty();
	}

	@Test
	void isAvailable() {
		assertThat(store().isAvailable()).isTrue();
	}

}
