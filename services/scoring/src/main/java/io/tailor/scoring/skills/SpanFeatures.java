package io.tailor.scoring.skills;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * What the span tagger sees of each token of a line: the word and its neighbours, its
 * shape, the punctuation around it, and whether a dictionary name covers it. Names that
 * the dictionary took from SkillSpan itself are left out, so that the tagger does not
 * learn to trust a dictionary made from its own training sentences.
 */
final class SpanFeatures {

	private static final String START = "<s>";

	private static final String END = "</s>";

	/** The most words of a line that go to the model in one piece. */
	static final int WINDOW = 96;

	private SpanFeatures() {
	}

	static List<List<String>> of(String line, List<Tokens.Token> tokens, SkillDictionary dictionary) {
		String[] covered = covered(tokens, dictionary);
		List<List<String>> all = new ArrayList<>(tokens.size());
		for (int i = 0; i < tokens.size(); i++) {
			all.add(at(line, tokens, i, covered, dictionary.words()));
		}
		return all;
	}

	/**
	 * Per line, per token, its context vector followed by those of the tokens before and
	 * after it (zero at the line's ends); the lines go to the model together, a line of
	 * more than {@value #WINDOW} words in pieces of that many, so that its last words are
	 * read too.
	 */
	static List<float[][]> context(ContextVectors vectors, List<String> lines, List<List<Tokens.Token>> tokens) {
		List<String> pieces = new ArrayList<>();
		List<List<int[]>> ranges = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			List<Tokens.Token> words = tokens.get(i);
			for (int from = 0; from < words.size(); from += WINDOW) {
				List<Tokens.Token> window = words.subList(from, Math.min(words.size(), from + WINDOW));
				int base = (from == 0) ? 0 : window.getFirst().start();
				int stop = (from + WINDOW >= words.size()) ? lines.get(i).length() : window.getLast().end();
				pieces.add(lines.get(i).substring(base, stop));
				ranges.add(window.stream().map((t) -> new int[] { t.start() - base, t.end() - base }).toList());
			}
		}
		Iterator<float[][]> own = vectors.of(pieces, ranges).iterator();
		List<float[][]> all = new ArrayList<>(lines.size());
		for (List<Tokens.Token> words : tokens) {
			float[][] joined = new float[words.size()][];
			for (int from = 0; from < words.size(); from += WINDOW) {
				float[][] piece = own.next();
				System.arraycopy(piece, 0, joined, from, piece.length);
			}
			all.add(withNeighbours(joined, vectors.dimensions()));
		}
		return all;
	}

	private static float[][] withNeighbours(float[][] own, int d) {
		float[][] joined = new float[own.length][3 * d];
		for (int i = 0; i < own.length; i++) {
			System.arraycopy(own[i], 0, joined[i], 0, d);
			if (i > 0) {
				System.arraycopy(own[i - 1], 0, joined[i], d, d);
			}
			if (i + 1 < own.length) {
				System.arraycopy(own[i + 1], 0, joined[i], 2 * d, d);
			}
		}
		return joined;
	}

	static int contextDimensions(ContextVectors vectors) {
		return 3 * vectors.dimensions();
	}

	private static List<String> at(String line, List<Tokens.Token> tokens, int i, String[] covered, CommonWords words) {
		Tokens.Token token = tokens.get(i);
		String w = token.normalized();
		String previous = word(tokens, i - 1);
		String next = word(tokens, i + 1);
		List<String> f = new ArrayList<>(24);
		f.add("bias");
		f.add("w=" + w);
		f.add("w-1=" + previous);
		f.add("w+1=" + next);
		f.add("w-2=" + word(tokens, i - 2));
		f.add("w+2=" + word(tokens, i + 2));
		f.add("w-1w=" + previous + "|" + w);
		f.add("ww+1=" + w + "|" + next);
		f.add("shape=" + shape(token.text()));
		f.add("len=" + Math.min(token.text().length(), 8));
		f.add("p3=" + prefix(w, 3));
		f.add("s3=" + suffix(w, 3));
		f.add("sepL=" + separator(line, (i == 0) ? 0 : tokens.get(i - 1).end(), token.start()));
		f.add("sepR="
				+ separator(line, token.end(), (i + 1 < tokens.size()) ? tokens.get(i + 1).start() : line.length()));
		f.add("dict=" + covered[i]);
		f.add("dict-1=" + ((i > 0) ? covered[i - 1] : START));
		f.add("dict+1=" + ((i + 1 < tokens.size()) ? covered[i + 1] : END));
		f.add("common=" + (words.ordinary(w) ? "ordinary" : words.stopword(w) ? "stop" : "rare"));
		f.add("shape|dict=" + shape(token.text()) + "|" + covered[i]);
		if (i > 0 && Character.isUpperCase(token.text().charAt(0))) {
			f.add("capital-inside");
		}
		return f;
	}

	private static String word(List<Tokens.Token> tokens, int i) {
		if (i < 0) {
			return START;
		}
		return (i < tokens.size()) ? tokens.get(i).normalized() : END;
	}

	/** Per token: B-kind or I-kind of the longest dictionary name over it, or O. */
	private static String[] covered(List<Tokens.Token> tokens, SkillDictionary dictionary) {
		String[] covered = new String[tokens.size()];
		Arrays.fill(covered, "O");
		int i = 0;
		while (i < tokens.size()) {
			SkillDictionary.Name best = dictionary.longestAt(tokens, i, (s) -> !s.id().startsWith("skillspan:"));
			if (best == null) {
				i++;
				continue;
			}
			String kind = best.skill().kind().name() + (best.skill().ambiguous() ? "-ambiguous" : "");
			for (int k = 0; k < best.tokens().size(); k++) {
				covered[i + k] = ((k == 0) ? "B-" : "I-") + kind;
			}
			i += best.tokens().size();
		}
		return covered;
	}

	static String shape(String text) {
		StringBuilder shape = new StringBuilder();
		for (int k = 0; k < text.length(); k++) {
			char c = text.charAt(k);
			char s = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
			if (shape.isEmpty() || shape.charAt(shape.length() - 1) != s) {
				shape.append(s);
			}
		}
		return shape.toString();
	}

	private static String separator(String line, int from, int to) {
		String between = line.substring(from, Math.max(from, to)).replaceAll("\\s+", "");
		return between.isEmpty() ? "_" : between.substring(0, Math.min(2, between.length())).toLowerCase(Locale.ROOT);
	}

	private static String prefix(String w, int n) {
		return w.substring(0, Math.min(n, w.length()));
	}

	private static String suffix(String w, int n) {
		return w.substring(Math.max(0, w.length() - n));
	}

}
