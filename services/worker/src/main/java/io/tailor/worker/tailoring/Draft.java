package io.tailor.worker.tailoring;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The tailored résumé as the model must answer it: typed lines, each paragraph and bullet
 * citing the résumé lines it rests on, and the gaps it could not close truthfully.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record Draft(List<Line> lines, List<String> gaps) {

	private static final Set<String> TYPES = Set.of("heading", "paragraph", "bullet");

	/** One line of the answer. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Line(String type, String text, List<Integer> sources) {

		boolean isHeading() {
			return "heading".equals(this.type);
		}

	}

	/** What is wrong with the draft's shape, or null when nothing is. */
	String problem(Set<Integer> knownLines) {
		if (this.lines == null || this.lines.isEmpty()) {
			return "\"lines\" is missing or empty";
		}
		for (int i = 0; i < this.lines.size(); i++) {
			String problem = problem(this.lines.get(i), knownLines);
			if (problem != null) {
				return "line " + (i + 1) + ": " + problem;
			}
		}
		return null;
	}

	private static String problem(Line line, Set<Integer> knownLines) {
		if (line == null || line.type() == null || !TYPES.contains(line.type())) {
			return "\"type\" must be heading, paragraph or bullet";
		}
		if (line.text() == null || line.text().isBlank() || line.text().length() > 600) {
			return "\"text\" must be 1 to 600 characters";
		}
		if (!line.isHeading() && (line.sources() == null || line.sources().isEmpty())) {
			return "\"sources\" must name at least one résumé line";
		}
		if (line.sources() != null && !knownLines.containsAll(line.sources())) {
			return "\"sources\" names a line the résumé does not have";
		}
		return null;
	}

}
