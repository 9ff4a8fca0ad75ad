package io.tailor.jobs.queue;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The wire form of {@link JobMessage}: JSON, unknown fields ignored for compatibility.
 */
public final class JobMessageCodec {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private JobMessageCodec() {
	}

	public static String encode(JobMessage message) {
		return MAPPER.writeValueAsString(message);
	}

	/**
	 * @throws IllegalArgumentException when the text is not a job message
	 */
	public static JobMessage decode(String json) {
		try {
			return MAPPER.readValue(json, JobMessage.class);
		}
		catch (JacksonException | NullPointerException ex) {
			throw new IllegalArgumentException("Not a job message", ex);
		}
	}

}
