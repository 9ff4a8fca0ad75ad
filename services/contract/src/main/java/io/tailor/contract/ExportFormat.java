package io.tailor.contract;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The files the worker renders for a result, by the name the api serves them under;
 * {@code unknown}: one a newer worker renders that the reader does not know.
 */
public enum ExportFormat {

	DOCX("docx"), PDF("pdf"), MARKDOWN("markdown"), COVER_LETTER_DOCX("cover-letter-docx"),
	COVER_LETTER_PDF("cover-letter-pdf"), COVER_LETTER_MARKDOWN("cover-letter-markdown"), @JsonEnumDefaultValue
	UNKNOWN("unknown");

	private final String value;

	ExportFormat(String value) {
		this.value = value;
	}

	@JsonValue
	public String value() {
		return this.value;
	}

}
