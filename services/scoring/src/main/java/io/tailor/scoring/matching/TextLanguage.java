package io.tailor.scoring.matching;

import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * The language a text is written in, of those the matcher handles: the one whose function
 * words (Lucene's stop sets) it uses most, English unless another clearly leads. Other
 * languages than English have their words reduced to a stem (Snowball) so that
 * "Ausbildung"/"Ausbildungen" or "expérience"/"expériences" count as one term.
 */
enum TextLanguage {

	ENGLISH(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, null),
	GERMAN(GermanAnalyzer.getDefaultStopSet(), GermanStemmer::new),
	FRENCH(FrenchAnalyzer.getDefaultStopSet(), FrenchStemmer::new),
	SPANISH(SpanishAnalyzer.getDefaultStopSet(), SpanishStemmer::new);

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	/** Function words another language needs beyond English's before it is chosen. */
	private static final int LEAD = 3;

	private final CharArraySet stopwords;

	private final Supplier<SnowballStemmer> stemmer;

	TextLanguage(CharArraySet stopwords, Supplier<SnowballStemmer> stemmer) {
		this.stopwords = stopwords;
		this.stemmer = stemmer;
	}

	static TextLanguage of(String text) {
		int[] counts = new int[values().length];
		Matcher words = WORD.matcher(text);
		while (words.find()) {
			String word = words.group().toLowerCase(Locale.ROOT);
			for (TextLanguage language : values()) {
				counts[language.ordinal()] += language.stopwords.contains(word) ? 1 : 0;
			}
		}
		TextLanguage best = ENGLISH;
		for (TextLanguage language : values()) {
			if (counts[language.ordinal()] > counts[best.ordinal()] + ((best == ENGLISH) ? LEAD : 0)) {
				best = language;
			}
		}
		return best;
	}

	boolean stopword(String lowerCaseWord) {
		return this.stopwords.contains(lowerCaseWord);
	}

	/** The word's stem in this language; English words are left to {@link Terms}. */
	String stem(String lowerCaseWord) {
		if (this.stemmer == null) {
			return lowerCaseWord;
		}
		SnowballStemmer stemmer = this.stemmer.get();
		stemmer.setCurrent(lowerCaseWord);
		stemmer.stem();
		return stemmer.getCurrent();
	}

}
