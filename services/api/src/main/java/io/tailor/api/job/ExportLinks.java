package io.tailor.api.job;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tailor.contract.ExportFormat;
import io.tailor.contract.Tailoring;

/**
 * Where a result's downloads are: Markdown always, DOCX and PDF and the cover letter in
 * each format once the worker rendered them.
 */
final class ExportLinks {

	/** Every export the worker stores, Markdown included. */
	static final List<String> STORED = Arrays.stream(ExportFormat.values())
		.filter((format) -> format != ExportFormat.UNKNOWN)
		.map(ExportFormat::value)
		.toList();

	private ExportLinks() {
	}

	static Map<String, String> of(UUID id, Tailoring tailoring) {
		Map<String, String> links = new LinkedHashMap<>();
		links.put(ExportFormat.MARKDOWN.value(), link(id, ExportFormat.MARKDOWN));
		tailoring.exports()
			.stream()
			.map(Tailoring.ExportCheck::format)
			.filter((format) -> format != ExportFormat.MARKDOWN && format != ExportFormat.UNKNOWN)
			.forEach((format) -> links.put(format.value(), link(id, format)));
		return links;
	}

	private static String link(UUID id, ExportFormat format) {
		return "/v1/jobs/" + id + "/exports/" + format.value();
	}

}
