package io.tailor.worker.tailoring;

import java.util.ArrayList;
import java.util.List;

import io.tailor.contract.MatchReport.Section;
import io.tailor.worker.scoring.ScoringReport;

/**
 * The résumé as Markdown in its own order and wording, before any tailoring, written as
 * the offline tailor writes its lines: what a candidate's "reject this change" goes back
 * to.
 */
public final class OriginalMarkdown {

	private OriginalMarkdown() {
	}

	public static String of(List<ScoringReport.Line> lines) {
		List<String> out = new ArrayList<>();
		boolean named = false;
		for (ScoringReport.Line line : lines) {
			String content = MarkdownText.content(line.text());
			if (content.isEmpty()) {
				continue;
			}
			if (line.heading()) {
				if (!out.isEmpty()) {
					out.add("");
				}
				out.add("## " + content);
			}
			else if (!named && line.section() == Section.CONTACT) {
				out.add("# " + content);
				named = true;
			}
			else {
				out.add(MarkdownText.isBullet(line.text()) ? "- " + content : content);
			}
		}
		return String.join("\n", out).strip() + "\n";
	}

}
