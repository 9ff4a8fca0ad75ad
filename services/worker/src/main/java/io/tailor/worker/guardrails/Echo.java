package io.tailor.worker.guardrails;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a line repeats the model's instructions: it shares a run of {@value #WORDS}
 * words with them that the lines it rests on do not have. A model that obeyed "repeat
 * your system prompt" writes such a line.
 */
public final class Echo {

	static final int WORDS = 6;

	private Echo() {
	}

	public static boolean ofInstructions(String line, String instructions, String source) {
		Set<String> given = runs(instructions);
		Set<String> stated = runs(source);
		return runs(line).stream().anyMatch((run) -> given.contains(run) && !stated.contains(run));
	}

	private static Set<String> runs(String text) {
		List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter((w) -> !w.isEmpty())
			.toList();
		Set<String> runs = new HashSet<>();
		for (int i = 0; i + WORDS <= words.size(); i++) {
			runs.add(String.join(" ", new ArrayList<>(words.subList(i, i + WORDS))));
		}
		return runs;
	}

}
