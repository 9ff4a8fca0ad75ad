package io.tailor.scoring.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.tailor.scoring.skills.Skill;
import io.tailor.scoring.skills.SkillExtractor;
import io.tailor.scoring.skills.SkillMatch;
import io.tailor.scoring.skills.SpanTaggerTraining;

/**
 * Skill extraction against SkillSpan's knowledge spans: sentences are the tokens joined
 * by single spaces; a prediction is exact when its character span equals a gold span,
 * partial when it overlaps one. Soft skills are left out of the predictions: SkillSpan
 * annotates them as skills, not knowledge. Languages stay in: its annotators marked
 * "English" as knowledge in 20 of its 27 mentions.
 */
final class SkillSpans {

	private SkillSpans() {
	}

	record Counts(int gold, int predicted, int exact, int goldOverlapped, int predictedOverlapping) {

		double precision() {
			return ratio(this.exact, this.predicted);
		}

		double recall() {
			return ratio(this.exact, this.gold);
		}

		double f1() {
			return f1(precision(), recall());
		}

		double partialF1() {
			return f1(ratio(this.predictedOverlapping, this.predicted), ratio(this.goldOverlapped, this.gold));
		}

		private static double ratio(int a, int b) {
			return (b == 0) ? 0 : (double) a / b;
		}

		private static double f1(double p, double r) {
			return (p + r == 0) ? 0 : 2 * p * r / (p + r);
		}

	}

	/**
	 * The split a sentence belongs to: its index in its file, even for dev, odd for test.
	 */
	enum Split {

		DEV, TEST,

		/** Half of the dev half, to fit the tagger on when choosing its settings. */
		DEV_FIT,

		/** The other half of the dev half, to choose the tagger's settings on. */
		DEV_CHOOSE,

		/** The same two quarters the other way round. */
		DEV_FIT_SWAPPED, DEV_CHOOSE_SWAPPED;

		boolean holds(int index) {
			return switch (this) {
				case DEV -> index % 2 == 0;
				case TEST -> index % 2 == 1;
				case DEV_FIT -> index % 4 == 0;
				case DEV_CHOOSE -> index % 4 == 2;
				case DEV_FIT_SWAPPED -> index % 4 == 2;
				case DEV_CHOOSE_SWAPPED -> index % 4 == 0;
			};
		}

	}

	static Counts evaluate(List<Path> files, SkillExtractor extractor, Split split) throws IOException {
		int gold = 0;
		int predicted = 0;
		int exact = 0;
		int goldOverlapped = 0;
		int predictedOverlapping = 0;
		for (SpanTaggerTraining.Line line : lines(files, split)) {
			List<int[]> spans = line.spans();
			List<SkillMatch> found = extractor.extractFromJob(List.of(line.text()))
				.getFirst()
				.stream()
				.filter((m) -> m.kind() != Skill.Kind.SOFT)
				.toList();
			if (DIAGNOSE && split == Split.valueOf(System.getProperty("eval.diagnose.split", "TEST"))) {
				diagnose(line.text(), spans, found);
			}
			gold += spans.size();
			predicted += found.size();
			for (SkillMatch m : found) {
				exact += spans.stream().anyMatch((s) -> s[0] == m.start() && s[1] == m.end()) ? 1 : 0;
				predictedOverlapping += spans.stream().anyMatch((s) -> s[0] < m.end() && m.start() < s[1]) ? 1 : 0;
			}
			for (int[] s : spans) {
				goldOverlapped += found.stream().anyMatch((m) -> s[0] < m.end() && m.start() < s[1]) ? 1 : 0;
			}
		}
		return new Counts(gold, predicted, exact, goldOverlapped, predictedOverlapping);
	}

	/**
	 * The sentences of one split: tokens joined by single spaces, with the character
	 * ranges of their knowledge spans.
	 */
	static List<SpanTaggerTraining.Line> lines(List<Path> files, Split split) throws IOException {
		List<SpanTaggerTraining.Line> lines = new ArrayList<>();
		for (Path file : files) {
			List<List<String[]>> all = sentences(file);
			for (int index = 0; index < all.size(); index++) {
				if (split.holds(index)) {
					lines.add(line(all.get(index)));
				}
			}
		}
		return lines;
	}

	private static SpanTaggerTraining.Line line(List<String[]> sentence) {
		StringBuilder text = new StringBuilder();
		List<int[]> spans = new ArrayList<>();
		int[] open = null;
		for (String[] row : sentence) {
			int start = text.length() + ((text.length() > 0) ? 1 : 0);
			if (text.length() > 0) {
				text.append(' ');
			}
			text.append(row[0]);
			String tag = (row.length > 2) ? row[2] : "O";
			if (tag.startsWith("B")) {
				open = new int[] { start, text.length() };
				spans.add(open);
			}
			else if (tag.startsWith("I") && open != null) {
				open[1] = text.length();
			}
			else {
				open = null;
			}
		}
		return new SpanTaggerTraining.Line(text.toString(), spans);
	}

	private static final boolean DIAGNOSE = Boolean.getBoolean("eval.diagnose");

	private static final java.util.Map<String, Integer> MISSED = new java.util.TreeMap<>();

	private static final java.util.Map<String, Integer> WRONG = new java.util.TreeMap<>();

	static final java.util.Map<String, Integer> KINDS = new java.util.TreeMap<>();

	private static void diagnose(String text, List<int[]> spans, List<SkillMatch> found) {
		for (SkillMatch m : found) {
			String source = SkillMatch.TAGGED.equals(m.method()) ? "tagger" : "dictionary";
			boolean exact = spans.stream().anyMatch((s) -> s[0] == m.start() && s[1] == m.end());
			boolean overlap = spans.stream().anyMatch((s) -> s[0] < m.end() && m.start() < s[1]);
			String kind = exact ? "exact" : overlap ? "boundary" : "spurious";
			KINDS.merge("predicted " + source + " " + kind, 1, Integer::sum);
			if (!exact && overlap && Boolean.getBoolean("eval.diagnose.boundaries")) {
				int[] g = spans.stream().filter((s) -> s[0] < m.end() && m.start() < s[1]).findFirst().get();
				System.out
					.println("  boundary " + source + ": [" + m.span() + "] gold [" + text.substring(g[0], g[1]) + "]");
			}
		}
		for (int[] s : spans) {
			boolean exact = found.stream().anyMatch((m) -> s[0] == m.start() && s[1] == m.end());
			boolean overlap = found.stream().anyMatch((m) -> s[0] < m.end() && m.start() < s[1]);
			KINDS.merge("gold " + (exact ? "exact" : overlap ? "boundary" : "missed"), 1, Integer::sum);
		}
		for (int[] s : spans) {
			if (found.stream().noneMatch((m) -> s[0] == m.start() && s[1] == m.end())) {
				MISSED.merge(text.substring(s[0], s[1]).toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
			}
		}
		for (SkillMatch m : found) {
			if (spans.stream().noneMatch((s) -> s[0] == m.start() && s[1] == m.end())) {
				WRONG.merge(m.span() + " -> " + m.label() + " (" + m.kind() + ")", 1, Integer::sum);
			}
		}
	}

	/**
	 * With -Deval.diagnose=true: the dev half's most frequent misses and false positives.
	 */
	static void printDiagnosis() {
		if (!DIAGNOSE) {
			return;
		}
		System.out.println("== kinds " + KINDS);
		KINDS.clear();
		System.out.println("== SkillSpan test: most missed gold spans");
		top(MISSED);
		System.out.println("== SkillSpan test: most frequent predictions that are not gold spans");
		top(WRONG);
		MISSED.clear();
		WRONG.clear();
	}

	private static void top(java.util.Map<String, Integer> counts) {
		counts.entrySet()
			.stream()
			.sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(60)
			.forEach((e) -> System.out.printf("  %4d  %s%n", e.getValue(), e.getKey()));
	}

	private static List<List<String[]>> sentences(Path file) throws IOException {
		List<List<String[]>> sentences = new ArrayList<>();
		List<String[]> current = new ArrayList<>();
		for (String line : Files.readAllLines(file)) {
			if (line.isBlank()) {
				if (!current.isEmpty()) {
					sentences.add(current);
				}
				current = new ArrayList<>();
			}
			else if (!line.startsWith("-DOCSTART-")) {
				current.add(line.split("\t"));
			}
		}
		if (!current.isEmpty()) {
			sentences.add(current);
		}
		return sentences;
	}

}
