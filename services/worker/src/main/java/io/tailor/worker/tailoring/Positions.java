package io.tailor.worker.tailoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.tailor.worker.scoring.ScoringReport.Line;

/**
 * Reorders the bullets within each position of an experience or projects section by
 * relevance, keeping headers in place and a bullet's wrapped continuation lines with it.
 */
final class Positions {

	private Positions() {
	}

	static List<Line> reorder(List<Line> body, int maxBullets) {
		List<Line> out = new ArrayList<>();
		List<List<Line>> bullets = new ArrayList<>();
		for (Line line : body) {
			if (MarkdownText.isBullet(line.text())) {
				bullets.add(new ArrayList<>(List.of(line)));
			}
			else if (!bullets.isEmpty() && isContinuation(line)) {
				bullets.get(bullets.size() - 1).add(line);
			}
			else {
				flush(bullets, out, maxBullets);
				out.add(line);
			}
		}
		flush(bullets, out, maxBullets);
		return out;
	}

	private static void flush(List<List<Line>> bullets, List<Line> out, int maxBullets) {
		bullets.stream()
			.sorted(Comparator.comparingDouble(Positions::relevance).reversed())
			.limit(maxBullets)
			.forEach(out::addAll);
		bullets.clear();
	}

	private static double relevance(List<Line> unit) {
		return unit.stream().mapToDouble(Line::relevance).max().orElse(0);
	}

	private static boolean isContinuation(Line line) {
		String text = line.text().strip();
		return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
	}

}
