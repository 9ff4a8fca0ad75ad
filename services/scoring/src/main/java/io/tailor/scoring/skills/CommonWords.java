package io.tailor.scoring.skills;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Ordinary English words (SCOWL) and the function words of English, German, French and
 * Spanish: what a skill name must not be taken for without context, and what is never a
 * term of evidence.
 */
public final class CommonWords {

	private static final CommonWords SHIPPED = new CommonWords(read("skills/ordinary-words.txt"),
			read("text/stopwords.txt"));

	private static final CommonWords NONE = new CommonWords(Set.of(), Set.of());

	private final Set<String> ordinary;

	private final Set<String> stopwords;

	private CommonWords(Set<String> ordinary, Set<String> stopwords) {
		this.ordinary = ordinary;
		this.stopwords = stopwords;
	}

	public static CommonWords shipped() {
		return SHIPPED;
	}

	static CommonWords none() {
		return NONE;
	}

	/** A lower-case dictionary word such as "world", "exchange" or "act". */
	public boolean ordinary(String word) {
		return this.ordinary.contains(word.toLowerCase(Locale.ROOT));
	}

	/** A function word such as "the", "dem" or "les". */
	public boolean stopword(String word) {
		return this.stopwords.contains(word.toLowerCase(Locale.ROOT));
	}

	private static Set<String> read(String resource) {
		Set<String> words = new HashSet<>();
		try (InputStream in = CommonWords.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Word list not on the classpath: " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			reader.lines()
				.filter((l) -> !l.startsWith("#"))
				.forEach((l) -> words.addAll(Set.of(l.toLowerCase(Locale.ROOT).split("\\s+"))));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		words.remove("");
		return Set.copyOf(words);
	}

}
