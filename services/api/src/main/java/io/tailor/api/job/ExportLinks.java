package io.tailor.api.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where a result's downloads are: Markdown always, DOCX and PDF and the cover letter in
 * each format once the worker rendered them.
 */
final class ExportLinks {

	static final List<String> FORMATS = List.of("docx", "pdf", "cover-letter-markdown", "cover-letter-docx",
			"cover-letter-pdf");

	/** Every export the worker stores, Markdown included. */
	static final List<String> STORED = List.of("docx", "pdf", "markdown", "cover-letter-markdown", "cover-letter-docx",
			"cover-letter-pdf");

	private ExportLinks() {
	}

	static Map<String, String> of(UUID id, Map<String, Object> tailoring) {
		Map<String, String> links = new LinkedHashMap<>();
		links.put("markdown", link(id, "markdown"));
		if (tailoring.get("exports") instanceof List<?> exports) {
			for (Object export : exports) {
				if (export instanceof Map<?, ?> entry && FORMATS.contains(String.valueOf(entry.get("format")))) {
					links.put(String.valueOf(entry.get("format")), link(id, String.valueOf(entry.get("format"))));
				}
			}
		}
		return links;
	}

	private static String link(UUID id, String format) {
		return "/v1/jobs/" + id + "/exports/" + format;
	}

}
