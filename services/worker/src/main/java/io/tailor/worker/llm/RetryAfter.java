package io.tailor.worker.llm;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads a {@code Retry-After} header: delay seconds, or an HTTP date. */
final class RetryAfter {

	private RetryAfter() {
	}

	static Duration parse(String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		String value = header.strip();
		if (value.matches("\\d+(\\.\\d+)?")) {
			return Duration.ofMillis((long) (Double.parseDouble(value) * 1000));
		}
		try {
			Duration until = Duration.between(ZonedDateTime.now(),
					ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
			return until.isNegative() ? Duration.ZERO : until;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
