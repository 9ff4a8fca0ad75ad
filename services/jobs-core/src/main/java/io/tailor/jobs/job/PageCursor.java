package io.tailor.jobs.job;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Where a page of jobs ends: an opaque token to clients. */
public record PageCursor(Instant createdAt, UUID id) {

	public String encode() {
		String raw = this.createdAt.toString() + "|" + this.id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * @throws IllegalArgumentException when the token is not one this class made
	 */
	public static PageCursor decode(String token) {
		try {
			String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
			String[] parts = raw.split("\\|", 2);
			return new PageCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("Not a valid page cursor", ex);
		}
	}

}
