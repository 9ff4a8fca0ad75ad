package io.tailor.worker.tailoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import io.tailor.worker.scoring.ScoringReport;
import io.tailor.worker.scoring.ScoringReport.Line;

/**
 * The built-in tailor: deterministic and extractive. It keeps the résumé's own lines,
 * word for word, and only chooses their order and which to keep: skills the job asks for
 * first, then experience with each position's most relevant bullets first (at most
 * {@value #MAX_BULLETS} a position). It never adds a line of its own.
 */
public class OfflineTailor implements Tailor {

	static final int MAX_BULLETS = 6;

	private static final List<String> ORDER = List.of("CONTACT", "SUMMARY", "SKILLS", "EXPERIENCE", "PROJECTS",
			"CERTIFICATIONS", "EDUCATION", "LANGUAGES", "OTHER");

	@Override
	public TailoredResume tailor(ScoringReport report, String jobDescription) {
		Map<String, List<Line>> sections = sections(report.lines());
		List<String> matched = report.matchedSkills()
			.stream()
			.flatMap((s) -> Stream.of(s.label(), s.span()))
			.map((s) -> s.toLowerCase(Locale.ROOT))
			.toList();
		List<String> out = new ArrayList<>();
		for (String kind : ORDER) {
			List<Line> lines = sections.get(kind);
			if (lines != null) {
				out.addAll(render(kind, lines, matched));
				out.add("");
			}
		}
		String markdown = String.join("\n", out).strip() + "\n";
		return new TailoredResume(markdown, "offline", null, provenance(markdown, report.lines()),
				report.missingSkills().stream().map(ScoringReport.Skill::label).toList(), List.of(), List.of(),
				TailoredResume.TokenUsage.NONE);
	}

	private static List<TailoredResume.Provenance> provenance(String markdown, List<Line> source) {
		Map<String, Integer> numbers = new LinkedHashMap<>();
		source.forEach((l) -> numbers.putIfAbsent(MarkdownText.content(l.text()), l.lineNumber()));
		return markdown.lines()
			.filter((l) -> !l.isBlank())
			.map((l) -> new TailoredResume.Provenance(l, List.of(numbers.getOrDefault(MarkdownText.content(l), 0))))
			.toList();
	}

	private static Map<String, List<Line>> sections(List<Line> lines) {
		Map<String, List<Line>> sections = new LinkedHashMap<>();
		for (Line line : lines) {
			String kind = ORDER.contains(line.section()) ? line.section() : "OTHER";
			sections.computeIfAbsent(kind, (k) -> new ArrayList<>()).add(line);
		}
		return sections;
	}

	private static List<String> render(String kind, List<Line> lines, List<String> matched) {
		List<String> out = new ArrayList<>();
		List<Line> body = new ArrayList<>();
		for (Line line : lines) {
			if (line.heading()) {
				out.add("## " + MarkdownText.content(line.text()));
			}
			else {
				body.add(line);
			}
		}
		List<Line> ordered = switch (kind) {
			case "SKILLS" -> bySkillsMentioned(body, matched);
			case "EXPERIENCE", "PROJECTS" -> Positions.reorder(body, MAX_BULLETS);
			default -> body;
		};
		boolean first = kind.equals("CONTACT");
		for (Line line : ordered) {
			out.add(first ? "# " + MarkdownText.content(line.text()) : plain(line));
			first = false;
		}
		return out;
	}

	private static List<Line> bySkillsMentioned(List<Line> lines, List<String> matched) {
		return lines.stream().sorted(Comparator.comparingLong((Line l) -> -mentions(l, matched))).toList();
	}

	private static long mentions(Line line, List<String> matched) {
		String text = line.text().toLowerCase(Locale.ROOT);
		return matched.stream().distinct().filter(text::contains).count();
	}

	private static String plain(Line line) {
		String content = MarkdownText.content(line.text());
		return MarkdownText.isBullet(line.text()) ? "- " + content : content;
	}

}
