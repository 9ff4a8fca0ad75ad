package io.tailor.api.job;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import io.tailor.jobs.pdf.PdfStreams;

/**
 * Whether a PDF certainly has no text, as a scan or a photo saved as PDF has none: text
 * is drawn in a font, so a file that names no {@code /Font} in its objects cannot show
 * any. The objects are read as written and, for those packed into object streams, as
 * inflated, within {@value #BUDGET} bytes in all; a name's letters may be {@code #xx}
 * escapes. Anything that could not be read whole (an encrypted file, an object stream in
 * another filter or with a predictor, damaged or over-budget data) counts as possibly
 * having text, and is left to the worker's full reading.
 */
final class TextlessPdf {

	static final long BUDGET = 16L << 20;

	private TextlessPdf() {
	}

	static boolean certain(byte[] pdf) {
		if (new Finder("/Font").found(pdf, pdf.length) || new Finder("/Encrypt").found(pdf, pdf.length)) {
			return false;
		}
		boolean[] unread = { false };
		Finder fonts = new Finder("/Font");
		long[] left = { BUDGET };
		PdfStreams.visit(pdf, (stream) -> {
			if (!stream.dictionary().contains("/ObjStm")) {
				return true;
			}
			if (!stream.deflated() || stream.dictionary().contains("/DecodeParms")) {
				unread[0] = true;
				return false;
			}
			PdfStreams.Inflated inflated = PdfStreams.inflate(pdf, stream, left[0],
					(buffer, length) -> !fonts.found(buffer, length));
			left[0] -= inflated.bytes();
			unread[0] = !inflated.complete();
			return !unread[0] && !fonts.seen;
		});
		return !unread[0] && !fonts.seen;
	}

	/**
	 * Looks for a name, each of its letters written as itself or as a {@code #xx} escape,
	 * across the chunks it is shown.
	 */
	private static final class Finder {

		private static final int TAIL = 24;

		private final Pattern name;

		private String tail = "";

		private boolean seen;

		Finder(String name) {
			StringBuilder regex = new StringBuilder("/");
			for (char c : name.substring(1).toCharArray()) {
				regex.append("(?:")
					.append(c)
					.append("|#")
					.append(String.format(Locale.ROOT, "%02x", (int) c))
					.append(')');
			}
			this.name = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
		}

		boolean found(byte[] bytes, int length) {
			if (!this.seen) {
				String text = this.tail + new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
				this.seen = this.name.matcher(text).find();
				this.tail = text.substring(Math.max(0, text.length() - TAIL));
			}
			return this.seen;
		}

	}

}
