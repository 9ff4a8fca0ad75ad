package io.tailor.api.job;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

import io.tailor.jobs.job.ResumeFormat;

/**
 * Decides a résumé's format from its bytes, never from its name: PDF by its signature,
 * DOCX by a ZIP whose central directory names {@code word/document.xml} (nothing is
 * inflated), Markdown or plain text by valid UTF-8 without control characters.
 */
final class ResumeTypeDetector {

	private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private static final byte[] RTF = "{\\rtf".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G' };

	private static final byte[] GIF = "GIF8".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] HEIC = "ftyp".getBytes(StandardCharsets.US_ASCII);

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
		return ZipDirectory.names(content).contains("word/document.xml");
	}

	/**
	 * Why a file that is none of the accepted formats is refused, in words that say what
	 * to do: a Word 97–2003 or OpenDocument file is to be saved as .docx, an image or a
	 * scan is not text.
	 */
	static String refusal(byte[] content) {
		String what = startsWith(content, OLE2) ? "a Word 97–2003 document (.doc)"
				: startsWith(content, RTF) ? "a Rich Text file (.rtf)"
						: startsWith(content, ZIP) && ZipDirectory.names(content).contains("content.xml")
								? "an OpenDocument file (.odt)" : null;
		if (what != null) {
			return "The résumé is " + what + ": open it in Word, LibreOffice or Google Docs and save it as .docx "
					+ "(File › Save as › Word document), or export it as PDF, then upload that";
		}
		String image = startsWith(content, JPEG) ? "JPEG" : startsWith(content, PNG) ? "PNG"
				: startsWith(content, GIF) ? "GIF" : startsWith(content, HEIC, 4) ? "HEIC" : null;
		if (image != null) {
			return "The résumé is a " + image + " image, whatever its name says: Tailor reads a résumé's text, so "
					+ "upload the PDF or DOCX it was made from (a photo or scan has no text to read)";
		}
		return "The résumé must be a PDF, a Word document (.docx), Markdown or plain UTF-8 text, and this file "
				+ "is none of these (its name does not decide: its content does)";
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
		return startsWith(content, prefix, 0);
	}

	private static boolean startsWith(byte[] content, byte[] prefix, int offset) {
		if (content.length < offset + prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[offset + i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
