package io.tailor.api.job;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the api reads stored results: values a newer worker or scoring wrote that it does
 * not know.
 */
final class Stored {

	private Stored() {
	}

	/**
	 * Reads stored JSON as {@code type}, an enum value this api does not know as the
	 * enum's {@link JsonEnumDefaultValue} ({@code UNKNOWN}).
	 */
	static ObjectReader reader(JsonMapper json, Class<?> type) {
		return json.readerFor(type).with(EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE);
	}

}
