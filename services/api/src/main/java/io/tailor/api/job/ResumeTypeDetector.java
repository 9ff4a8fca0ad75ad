package io.tailor.api.job;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.tailor.jobs.job.ResumeFormat;

/**
 * Decides a résumé's format from its bytes, never from its name: PDF by its signature,
 * DOCX by a ZIP holding {@code word/document.xml}, Markdown or plain text by valid UTF-8
 * without control characters.
 */
final class ResumeTypeDetector {

	private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final int MAX_ZIP_ENTRIES = 2_000;

	private static final Pattern MARKDOWN = Pattern
		.compile("(?m)^(#{1,6} |[-*+] |\\d+\\. |> )|\\*\\*[^*]+\\*\\*|\\[[^]]+]\\(");

	private ResumeTypeDetector() {
	}

	static Optional<ResumeFormat> detect(byte[] content) {
		if (startsWith(content, PDF)) {
			return Optional.of(ResumeFormat.PDF);
		}
		if (startsWith(content, ZIP)) {
			return isDocx(content) ? Optional.of(ResumeFormat.DOCX) : Optional.empty();
		}
		return text(content).map((t) -> MARKDOWN.matcher(t).find() ? ResumeFormat.MARKDOWN : ResumeFormat.TEXT);
	}

	private static boolean isDocx(byte[] content) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			int seen = 0;
			while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ZIP_ENTRIES) {
				if ("word/document.xml".equals(entry.getName())) {
					return true;
				}
			}
			return false;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

	private static Optional<String> text(byte[] content) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			boolean control = text.chars().anyMatch((c) -> c < 0x20 && c != '\n' && c != '\r' && c != '\t');
			return (control || text.isBlank()) ? Optional.empty() : Optional.of(text);
		}
		catch (CharacterCodingException ex) {
			return Optional.empty();
		}
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
