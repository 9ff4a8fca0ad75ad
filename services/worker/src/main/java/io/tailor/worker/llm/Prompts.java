package io.tailor.worker.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Prompt files from {@code prompts/} on the classpath, with {@code {{name}}}
 * placeholders.
 */
public final class Prompts {

	private Prompts() {
	}

	/** The prompt {@code prompts/<path>} with each placeholder replaced. */
	public static String render(String path, Map<String, String> values) {
		String text = load(path);
		for (Map.Entry<String, String> value : values.entrySet()) {
			text = text.replace("{{" + value.getKey() + "}}", value.getValue());
		}
		if (text.contains("{{")) {
			throw new IllegalArgumentException("Prompt " + path + " has a placeholder without a value");
		}
		return text;
	}

	private static String load(String path) {
		try (InputStream in = Prompts.class.getClassLoader().getResourceAsStream("prompts/" + path)) {
			if (in == null) {
				throw new IllegalStateException("No prompt file prompts/" + path + " on the classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
