package io.tailor.api.job;

import java.util.regex.Pattern;

/** Idempotency keys are 1–200 printable ASCII characters. */
final class IdempotencyKeys {

	private static final Pattern VALID = Pattern.compile("[\\x21-\\x7E]{1,200}");

	private IdempotencyKeys() {
	}

	static void check(String key) {
		if (key != null && !VALID.matcher(key).matches()) {
			throw new InvalidSubmissionException("invalid-idempotency-key",
					"The Idempotency-Key header must be 1 to 200 printable ASCII characters without spaces");
		}
	}

}
