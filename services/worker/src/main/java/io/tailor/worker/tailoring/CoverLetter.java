package io.tailor.worker.tailoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The offline cover letter, from the same facts as the tailored résumé: the candidate's
 * name and contact line, the job's title (its first line), the résumé's own summary, and
 * for up to {@value #MAX_POINTS} must-haves the résumé covers, the requirement next to
 * the résumé line that shows it, word for word (a table row without its label). Nothing
 * else is said about the candidate, so it invents nothing; requirements the résumé does
 * not cover are not mentioned.
 */
public final class CoverLetter {

	static final int MAX_POINTS = 4;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CoverLetter() {
	}

	/** The letter as Markdown; its quoted lines are lines of the résumé. */
	public static String write(String reportJson, String tailoredMarkdown, String jobDescription) {
		List<String> resume = tailoredMarkdown.lines().filter((l) -> !l.isBlank()).toList();
		List<String> body = new ArrayList<>();
		body.add("I am writing to apply for the " + title(jobDescription) + " position.");
		summary(resume).ifPresent(body::add);
		List<String> points = points(reportJson);
		if (!points.isEmpty()) {
			body.add("What the role asks for, and where my experience shows it:\n\n" + String.join("\n", points));
		}
		body.add("I would welcome the chance to talk about how this experience fits the role.");
		return frame(tailoredMarkdown, body);
	}

	/**
	 * A letter around {@code paragraphs}: the résumé's name and contact line, a greeting,
	 * the paragraphs and a sign-off.
	 */
	static String frame(String tailoredMarkdown, List<String> paragraphs) {
		List<String> resume = tailoredMarkdown.lines().filter((l) -> !l.isBlank()).toList();
		String name = resume.isEmpty() ? "" : MarkdownText.content(resume.get(0));
		List<String> out = new ArrayList<>(List.of("# " + name));
		if (resume.size() > 1 && !resume.get(1).startsWith("#")) {
			out.add(MarkdownText.content(resume.get(1)));
		}
		out.add("");
		out.add("Dear hiring team,");
		for (String paragraph : paragraphs) {
			out.add("");
			out.add(paragraph);
		}
		out.add("");
		out.add("Kind regards,");
		out.add("");
		out.add(name);
		return String.join("\n", out) + "\n";
	}

	static String title(String jobDescription) {
		return jobDescription.lines()
			.map(String::strip)
			.filter((l) -> !l.isEmpty())
			.findFirst()
			.map((l) -> l.replaceFirst("(?i)^(position|job title|role)\\s*:\\s*", "").split("\\s+[—–|]\\s+")[0])
			.orElse("advertised");
	}

	private static Optional<String> summary(List<String> resume) {
		for (int i = 0; i + 1 < resume.size(); i++) {
			String heading = MarkdownText.content(resume.get(i)).toLowerCase(Locale.ROOT);
			if (resume.get(i).startsWith("#") && (heading.contains("summary") || heading.contains("profile"))) {
				return Optional.of(MarkdownText.content(resume.get(i + 1)));
			}
		}
		return Optional.empty();
	}

	/**
	 * A résumé line as the letter quotes it: a skills-table row without its label
	 * ("Clinical | Hemodynamic monitoring, IABP" → "Hemodynamic monitoring, IABP"), its
	 * columns apart by commas.
	 */
	static String quoted(String line) {
		List<String> parts = List.of(MarkdownText.content(line).strip().split("\\s*(?:\\t|\\s\\|\\s)\\s*"));
		if (parts.size() == 2 && parts.get(0).split("\\s+").length <= 3 && parts.get(1).contains(",")
				&& !line.matches(".*\\b(?:19|20)\\d{2}\\b.*")) {
			parts = parts.subList(1, parts.size());
		}
		return String.join(", ", parts);
	}

	private static List<String> points(String reportJson) {
		List<String> points = new ArrayList<>();
		JsonNode requirements = JSON.readTree(reportJson).path("requirements");
		for (JsonNode r : requirements) {
			JsonNode evidence = r.path("evidence");
			boolean covered = "COVERED".equals(r.path("verdict").asString(""));
			boolean must = "MUST".equals(r.path("requirement").path("importance").asString(""));
			if (covered && must && !evidence.isEmpty() && points.size() < MAX_POINTS) {
				String requirement = r.path("requirement")
					.path("text")
					.asString("")
					.strip()
					.replaceFirst("[.;:,]+$", "");
				points.add("- " + requirement + " — " + quoted(evidence.get(0).path("text").asString("")));
			}
		}
		return points;
	}

}
