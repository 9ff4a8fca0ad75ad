package io.tailor.worker.tailoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

import io.tailor.contract.MatchReport.Section;
import io.tailor.worker.scoring.ScoringReport;

/**
 * Keeps a tailored résumé to its page budget: one page under {@value #TWO_PAGES_FROM}
 * years of experience, two from then on. When the résumé runs over, bullets of experience
 * and projects leave, the least related to the job first and never fewer than
 * {@value #KEEP} a position, until it fits; each is listed as left out with the budget as
 * its reason. A résumé that fits, or that two bullets a position would not make fit, is
 * kept whole.
 */
public final class PageBudget {

	static final int KEEP = 2;

	static final int TWO_PAGES_FROM = 10;

	private static final Set<Section> PRUNED = Set.of(Section.EXPERIENCE, Section.PROJECTS);

	private PageBudget() {
	}

	public static int pages(double experienceYears) {
		return (experienceYears >= TWO_PAGES_FROM) ? 2 : 1;
	}

	/**
	 * The résumé within its budget; {@code pageCount} tells how many pages Markdown
	 * fills.
	 */
	public static TailoredResume fit(TailoredResume tailored, ScoringReport report, ToIntFunction<String> pageCount) {
		int budget = pages(report.experienceYears());
		List<String> lines = tailored.markdown().lines().toList();
		if (pageCount.applyAsInt(tailored.markdown()) <= budget) {
			return tailored;
		}
		List<Bullet> order = leavingOrder(lines, sources(tailored, report));
		if (order.isEmpty() || pageCount.applyAsInt(markdown(lines, order)) > budget) {
			return tailored;
		}
		int low = 1;
		int high = order.size();
		while (low < high) {
			int middle = (low + high) / 2;
			if (pageCount.applyAsInt(markdown(lines, order.subList(0, middle))) <= budget) {
				high = middle;
			}
			else {
				low = middle + 1;
			}
		}
		List<Bullet> leaving = order.subList(0, low);
		return tailored.without(markdown(lines, leaving), provenance(tailored, lines, leaving),
				leaving.stream().map((b) -> leftOut(b, lines, budget, report.experienceYears())).toList());
	}

	/**
	 * A bullet and its wrapped lines, where it stands and how related it is to the job.
	 */
	private record Bullet(List<Integer> indexes, int position, String section, double relevance) {
	}

	private record Source(Section section, double relevance) {
	}

	private static Map<String, Source> sources(TailoredResume tailored, ScoringReport report) {
		Map<Integer, ScoringReport.Line> byNumber = new HashMap<>();
		report.lines().forEach((l) -> byNumber.put(l.lineNumber(), l));
		Map<String, Source> sources = new HashMap<>();
		for (TailoredResume.Provenance p : tailored.provenance()) {
			List<ScoringReport.Line> from = p.sources().stream().map(byNumber::get).filter((l) -> l != null).toList();
			if (!from.isEmpty()) {
				sources.putIfAbsent(p.text(), new Source(from.get(0).section(),
						from.stream().mapToDouble(ScoringReport.Line::relevance).max().orElse(0)));
			}
		}
		return sources;
	}

	private static List<Bullet> leavingOrder(List<String> lines, Map<String, Source> sources) {
		List<Bullet> bullets = bullets(lines, sources);
		Map<Integer, Integer> perPosition = new HashMap<>();
		bullets.forEach((b) -> perPosition.merge(b.position(), 1, Integer::sum));
		List<Bullet> order = new ArrayList<>();
		bullets.stream()
			.sorted(Comparator.comparingDouble(Bullet::relevance)
				.thenComparing(Comparator.comparingInt((Bullet b) -> b.indexes().get(0)).reversed()))
			.forEach((b) -> {
				if (perPosition.get(b.position()) > KEEP) {
					perPosition.merge(b.position(), -1, Integer::sum);
					order.add(b);
				}
			});
		return order;
	}

	private static List<Bullet> bullets(List<String> lines, Map<String, Source> sources) {
		List<Bullet> bullets = new ArrayList<>();
		String heading = null;
		int position = 0;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.startsWith("#")) {
				heading = MarkdownText.content(line);
				position++;
			}
			else if (MarkdownText.isBullet(line) && sources.containsKey(line)
					&& PRUNED.contains(sources.get(line).section())) {
				List<Integer> indexes = new ArrayList<>(List.of(i));
				while (i + 1 < lines.size() && continues(lines.get(i + 1))) {
					indexes.add(++i);
				}
				bullets.add(new Bullet(indexes, position, heading, sources.get(line).relevance()));
			}
			else if (!line.isBlank()) {
				position++;
			}
		}
		return bullets;
	}

	private static boolean continues(String line) {
		String text = line.strip();
		return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
	}

	private static Set<Integer> indexes(List<Bullet> leaving) {
		Set<Integer> out = new HashSet<>();
		leaving.forEach((b) -> out.addAll(b.indexes()));
		return out;
	}

	private static String markdown(List<String> lines, List<Bullet> leaving) {
		Set<Integer> gone = indexes(leaving);
		List<String> kept = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (!gone.contains(i)) {
				kept.add(lines.get(i));
			}
		}
		return String.join("\n", kept) + "\n";
	}

	private static List<TailoredResume.Provenance> provenance(TailoredResume tailored, List<String> lines,
			List<Bullet> leaving) {
		Set<String> gone = new HashSet<>();
		indexes(leaving).forEach((i) -> gone.add(lines.get(i)));
		return tailored.provenance().stream().filter((p) -> !gone.contains(p.text())).toList();
	}

	private static TailoredResume.Change leftOut(Bullet bullet, List<String> lines, int budget, double years) {
		String text = String.join(" ",
				bullet.indexes().stream().map((i) -> MarkdownText.content(lines.get(i))).toList());
		String rule = (budget == 1) ? "one page under " + TWO_PAGES_FROM + " years of experience"
				: "two pages from " + TWO_PAGES_FROM + " years of experience";
		return new TailoredResume.Change("left out", text,
				"to keep the résumé to its page budget, " + budget + ((budget == 1) ? " page" : " pages") + " (" + rule
						+ ", yours: " + Math.round(years) + "), the bullets least related to the job go, " + KEEP
						+ " a position stay; the line is still in your résumé",
				bullet.section());
	}

}
