package io.tailor.worker.tailoring;

import java.util.regex.Pattern;

/**
 * Model text as plain text: tags and script links removed, so nothing renders as markup.
 */
final class HtmlText {

	private static final Pattern TAG = Pattern.compile("<[^>]{0,200}>");

	private static final Pattern SCRIPT_LINK = Pattern
		.compile("(?i)\\[([^\\]]*)]\\(\\s*(javascript|data|vbscript):[^)]*\\)");

	private HtmlText() {
	}

	static String strip(String text) {
		String noScriptLinks = SCRIPT_LINK.matcher(text).replaceAll("$1");
		return TAG.matcher(noScriptLinks).replaceAll("").strip();
	}

}
