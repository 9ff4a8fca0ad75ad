package io.tailor.scoring.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.tailor.scoring.skills.SkillExtractor;
import io.tailor.scoring.skills.SkillMatch;

/**
 * Skill extraction against SkillSpan's knowledge spans: sentences are the tokens joined
 * by single spaces; a prediction is exact when its character span equals a gold span,
 * partial when it overlaps one.
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

	static Counts evaluate(List<Path> files, SkillExtractor extractor) throws IOException {
		int gold = 0;
		int predicted = 0;
		int exact = 0;
		int goldOverlapped = 0;
		int predictedOverlapping = 0;
		for (Path file : files) {
			for (List<String[]> sentence : sentences(file)) {
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
				List<SkillMatch> found = extractor.extract(text.toString());
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
		}
		return new Counts(gold, predicted, exact, goldOverlapped, predictedOverlapping);
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
