package io.tailor.worker.tailoring;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tailor.contract.MatchReport.Section;
import io.tailor.worker.scoring.ScoringReport;

/**
 * Uses the job's words for a skill the résumé names in other words, once a skill, on the
 * first line naming it, the skills section first; headings and the contact block are left
 * alone. "K8s" becomes "Kubernetes (K8s)"; where the job's words hold the résumé's
 * ("Microsoft Excel" for "Excel") they replace them. Each is a change of kind
 * {@value #KIND} whose {@code what} is "résumé's words → new words".
 */
final class JobWording {

	static final String KIND = "worded as the job";

	static final String ARROW = " → ";

	private static final List<Section> PREFERRED = List.of(Section.SKILLS, Section.SUMMARY, Section.EXPERIENCE,
			Section.PROJECTS, Section.CERTIFICATIONS, Section.EDUCATION, Section.LANGUAGES, Section.OTHER);

	private JobWording() {
	}

	/**
	 * Rewords the rendered lines of each section in place; answers each reworded line
	 * with the line it was.
	 */
	static Map<String, String> apply(Map<Section, List<String>> sections, List<ScoringReport.Wording> wordings,
			List<TailoredResume.Change> changes) {
		Map<String, String> originals = new HashMap<>();
		for (ScoringReport.Wording wording : wordings) {
			for (Section kind : PREFERRED) {
				List<String> lines = sections.get(kind);
				if (lines != null && reword(kind, lines, wording, originals, changes)) {
					break;
				}
			}
		}
		return originals;
	}

	private static boolean reword(Section kind, List<String> lines, ScoringReport.Wording wording,
			Map<String, String> originals, List<TailoredResume.Change> changes) {
		Pattern own = exactly(wording.resume());
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			Matcher found = own.matcher(line);
			if (line.startsWith("#") || !found.find()) {
				continue;
			}
			String replacement = words(found.group()).matcher(wording.job()).find() ? wording.job()
					: wording.job() + " (" + found.group() + ")";
			String reworded = line.substring(0, found.start()) + replacement + line.substring(found.end());
			lines.set(i, reworded);
			originals.put(reworded, originals.getOrDefault(line, line));
			originals.remove(line);
			changes.add(new TailoredResume.Change(KIND, found.group() + ARROW + replacement,
					"the job says “" + wording.job() + "”; your “" + found.group()
							+ "” names the same skill, so a reader or a keyword search finds it",
					heading(kind, lines)));
			return true;
		}
		return false;
	}

	private static String heading(Section kind, List<String> lines) {
		return lines.stream()
			.filter((l) -> l.startsWith("## "))
			.map(MarkdownText::content)
			.findFirst()
			.orElse(title(kind));
	}

	/** A section without a heading of its own is named for its kind: Skills. */
	static String title(Section kind) {
		return kind.name().charAt(0) + kind.name().substring(1).toLowerCase(Locale.ROOT);
	}

	/**
	 * The résumé's words as the scorer found them, case and all, not inside a longer
	 * token ("js" in "Node.js", "go" in "go-to").
	 */
	private static Pattern exactly(String words) {
		return Pattern
			.compile("(?<![\\p{L}\\p{N}.\\-/])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}]|[.\\-/][\\p{L}\\p{N}])");
	}

	private static Pattern words(String words) {
		return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

}
