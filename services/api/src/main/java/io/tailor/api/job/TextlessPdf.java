package io.tailor.api.job;

import java.nio.charset.StandardCharsets;

import io.tailor.jobs.pdf.PdfStreams;

/**
 * Whether a PDF certainly has no text, as a scan or a photo saved as PDF has none: text
 * is drawn in a font, so a file that names no {@code /Font} in its objects cannot show
 * any. The objects are read as written and, for those packed into object streams, as
 * inflated, within {@value #BUDGET} bytes in all. Anything that could not be read whole
 * (an encrypted file, an object stream in another filter, damaged or over-budget data)
 * counts as possibly having text, and is left to the worker's full reading.
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
			if (!stream.deflated()) {
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
	 * Looks for a name across the chunks it is shown (the name's first byte occurs only
	 * there).
	 */
	private static final class Finder {

		private final byte[] name;

		private int matched;

		private boolean seen;

		Finder(String name) {
			this.name = name.getBytes(StandardCharsets.US_ASCII);
		}

		boolean found(byte[] bytes, int length) {
			for (int i = 0; i < length && !this.seen; i++) {
				this.matched = (bytes[i] == this.name[this.matched]) ? this.matched + 1
						: (bytes[i] == this.name[0]) ? 1 : 0;
				this.seen = this.matched == this.name.length;
			}
			return this.seen;
		}

	}

}
