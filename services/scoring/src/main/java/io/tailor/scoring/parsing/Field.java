package io.tailor.scoring.parsing;

/**
 * A value read from the résumé and how sure the reading is, from 0 to 1. A value not
 * found is {@code null} with confidence 0.
 */
public record Field(String value, double confidence) {

	static final Field ABSENT = new Field(null, 0);

	static Field of(String value, double confidence) {
		return (value == null || value.isBlank()) ? ABSENT : new Field(value.strip(), confidence);
	}

}
