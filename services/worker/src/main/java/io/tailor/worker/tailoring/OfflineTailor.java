package io.tailor.worker.tailoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.tailor.contract.MatchReport.Section;
import io.tailor.worker.scoring.ScoringReport;
import io.tailor.worker.scoring.ScoringReport.Line;

/**
 * The built-in tailor: deterministic and extractive. It keeps the résumé's own lines,
 * word for word but for a skill's name, and chooses their order and which to keep: skills
 * the job asks for first, then experience with each position's most relevant bullets
 * first (at most {@value #MAX_BULLETS} a position); licences and certifications right
 * after the summary when the job asks for one; the job's words for a skill the résumé
 * names in other words ({@link JobWording}). Every change is listed with its reason. It
 * never adds a line of its own.
 */
public class OfflineTailor implements Tailor {

	/** How results name this tailor. */
	public static final String NAME = "offline";

	static final int MAX_BULLETS = 6;

	private static final List<Section> ORDER = List.of(Section.CONTACT, Section.SUMMARY, Section.SKILLS,
			Section.EXPERIENCE, Section.PROJECTS, Section.CERTIFICATIONS, Section.EDUCATION, Section.LANGUAGES,
			Section.OTHER);

	private static final List<Section> LICENCES_FIRST = List.of(Section.CONTACT, Section.SUMMARY,
			Section.CERTIFICATIONS, Section.SKILLS, Section.EXPERIENCE, Section.PROJECTS, Section.EDUCATION,
			Section.LANGUAGES, Section.OTHER);

	private static final Pattern ASKS_LICENCE = Pattern
		.compile("(?i)\\blicen[cs]|\\bcertif|\\bregistration\\b|\\bzertifi|\\bapprobation");

	@Override
	public TailoredResume tailor(ScoringReport report, String jobDescription) {
		Map<Section, List<Line>> sections = sections(report.lines());
		List<String> matched = report.matchedSkills()
			.stream()
			.flatMap((s) -> Stream.of(s.label(), s.span()))
			.map((s) -> s.toLowerCase(Locale.ROOT))
			.toList();
		List<TailoredResume.Change> changes = new ArrayList<>();
		Map<Section, List<String>> rendered = new LinkedHashMap<>();
		for (Section kind : order(sections, jobDescription, changes)) {
			List<Line> lines = sections.get(kind);
			if (lines != null) {
				rendered.put(kind, new ArrayList<>(render(kind, lines, matched, jobDescription, changes)));
			}
		}
		Map<String, String> reworded = JobWording.apply(rendered, report.wordings(), changes);
		List<String> out = new ArrayList<>();
		rendered.values().forEach((lines) -> {
			out.addAll(lines);
			out.add("");
		});
		String markdown = String.join("\n", out).strip() + "\n";
		return new TailoredResume(markdown, NAME, null, provenance(markdown, report.lines(), reworded),
				report.missingSkills().stream().map(ScoringReport.Skill::label).toList(), List.of(), List.of(),
				TailoredResume.TokenUsage.NONE, List.copyOf(changes));
	}

	private static List<Section> order(Map<Section, List<Line>> sections, String jobDescription,
			List<TailoredResume.Change> changes) {
		Matcher asks = ASKS_LICENCE.matcher(jobDescription);
		if (!sections.containsKey(Section.CERTIFICATIONS) || !asks.find()) {
			return ORDER;
		}
		String heading = sections.get(Section.CERTIFICATIONS)
			.stream()
			.filter(Line::heading)
			.map((l) -> MarkdownText.content(l.text()))
			.findFirst()
			.orElse("Certifications");
		changes
			.add(new TailoredResume.Change("moved up", heading,
					"now follows the summary: the job asks for a licence or certification (\""
							+ sentenceAround(jobDescription, asks.start()) + "\"), so a reader sees yours first",
					heading));
		return LICENCES_FIRST;
	}

	private static String sentenceAround(String text, int at) {
		int start = Math.max(text.lastIndexOf('\n', at) + 1, 0);
		int end = text.indexOf('\n', at);
		String line = text.substring(start, (end < 0) ? text.length() : end).strip().replaceFirst("^[-*•]\\s*", "");
		return (line.length() <= 90) ? line : line.substring(0, 89).strip() + "…";
	}

	private static List<TailoredResume.Provenance> provenance(String markdown, List<Line> source,
			Map<String, String> reworded) {
		Map<String, Integer> numbers = new LinkedHashMap<>();
		source.forEach((l) -> numbers.putIfAbsent(MarkdownText.content(l.text()), l.lineNumber()));
		return markdown.lines()
			.filter((l) -> !l.isBlank())
			.map((l) -> new TailoredResume.Provenance(l,
					List.of(numbers.getOrDefault(MarkdownText.content(reworded.getOrDefault(l, l)), 0))))
			.toList();
	}

	private static Map<Section, List<Line>> sections(List<Line> lines) {
		Map<Section, List<Line>> sections = new LinkedHashMap<>();
		for (Line line : lines) {
			Section kind = ORDER.contains(line.section()) ? line.section() : Section.OTHER;
			sections.computeIfAbsent(kind, (k) -> new ArrayList<>()).add(line);
		}
		return sections;
	}

	private static List<String> render(Section kind, List<Line> lines, List<String> matched, String jobDescription,
			List<TailoredResume.Change> changes) {
		List<String> out = new ArrayList<>();
		List<Line> body = new ArrayList<>();
		String heading = null;
		for (Line line : lines) {
			if (line.heading()) {
				out.add("## " + MarkdownText.content(line.text()));
				heading = (heading != null) ? heading : MarkdownText.content(line.text());
			}
			else {
				body.add(line);
			}
		}
		String section = (heading != null) ? heading : JobWording.title(kind);
		if (kind == Section.SUMMARY && !body.isEmpty()
				&& body.stream().noneMatch((l) -> MarkdownText.isBullet(l.text()))) {
			out.addAll(summary(body, jobDescription, section, changes));
			return out;
		}
		List<Line> ordered = switch (kind) {
			case SKILLS -> bySkillsMentioned(body, matched);
			case EXPERIENCE, PROJECTS -> Positions.reorder(body, MAX_BULLETS);
			default -> body;
		};
		describe(kind, section, body, ordered, changes);
		boolean first = kind == Section.CONTACT;
		for (Line line : ordered) {
			out.add(first ? "# " + MarkdownText.content(line.text()) : plain(line));
			first = false;
		}
		return out;
	}

	private static List<String> summary(List<Line> body, String jobDescription, String section,
			List<TailoredResume.Change> changes) {
		SummaryChoice.Choice choice = SummaryChoice
			.choose(body.stream().map((l) -> MarkdownText.content(l.text())).toList(), jobDescription);
		if (choice.reordered()) {
			changes.add(new TailoredResume.Change("reordered", section,
					"the summary's sentences that use the job's own words come first", section));
		}
		choice.leftOut()
			.forEach(
					(sentence) -> changes.add(
							new TailoredResume.Change("left out", sentence,
									"the summary keeps its " + SummaryChoice.MAX_SENTENCES
											+ " sentences closest to the job; this one is still in your résumé",
									section)));
		return choice.asLines() ? choice.kept() : List.of(String.join(" ", choice.kept()));
	}

	private static void describe(Section kind, String section, List<Line> before, List<Line> after,
			List<TailoredResume.Change> changes) {
		if (before.equals(after)) {
			return;
		}
		if (kind == Section.SKILLS) {
			changes.add(new TailoredResume.Change("reordered", section,
					"the lines naming skills the job asks for come first", section));
			return;
		}
		changes.add(new TailoredResume.Change("reordered", section,
				"within each position, the bullets most similar to the job's requirements come first", section));
		before.stream()
			.filter((l) -> !after.contains(l))
			.forEach((l) -> changes.add(new TailoredResume.Change("left out", MarkdownText.content(l.text()),
					"at most " + MAX_BULLETS + " bullets a position are kept, the least related to this job go; "
							+ "the line is still in your résumé",
					section)));
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
