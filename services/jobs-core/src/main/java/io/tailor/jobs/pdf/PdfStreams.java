package io.tailor.jobs.pdf;

import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The streams of a PDF found the way a lenient reader finds them, by the keyword
 * {@code stream} (not the end of {@code endstream}) followed by optional spaces and an
 * end of line, with the dictionary written before it; and a stream's Flate data inflated
 * from where it starts until the deflated data ends, chunk by chunk, into a buffer the
 * caller reads and that is then reused.
 */
public final class PdfStreams {

	private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);

	/** How far before {@code stream} its dictionary is looked for. */
	private static final int DICTIONARY = 4096;

	private static final int CHUNK = 1 << 16;

	private PdfStreams() {
	}

	/**
	 * One stream: its dictionary as written (Latin-1) within 4 KB before its keyword, the
	 * offset of the keyword, and the offset its data starts at.
	 */
	public record Stream(String dictionary, int keyword, int dataStart) {

		public boolean deflated() {
			return this.dictionary.contains("/FlateDecode");
		}

	}

	/** What reading inflated data saw. */
	public interface Chunks {

		/** Reads {@code length} bytes of {@code buffer}; false stops the inflation. */
		boolean read(byte[] buffer, int length);

	}

	/** How far an inflation went: bytes inflated, and whether the deflated data ended. */
	public record Inflated(long bytes, boolean complete) {
	}

	/**
	 * Shows the visitor each stream of the file in the order they are written, until it
	 * returns false; one stream's dictionary is held at a time.
	 */
	public static void visit(byte[] pdf, Predicate<Stream> visitor) {
		for (int at = indexOf(pdf, 0); at >= 0; at = indexOf(pdf, at + STREAM.length)) {
			int data = dataStart(pdf, at + STREAM.length);
			if (data >= 0 && !visitor.test(new Stream(dictionary(pdf, at), at, data))) {
				return;
			}
		}
	}

	/**
	 * Inflates the stream's data until it ends, {@code budget} bytes are passed, or the
	 * reader stops; bytes that could not be inflated end it as incomplete.
	 */
	public static Inflated inflate(byte[] pdf, Stream stream, long budget, Chunks reader) {
		Inflater inflater = new Inflater();
		byte[] buffer = new byte[CHUNK];
		long count = 0;
		try {
			inflater.setInput(pdf, stream.dataStart(), pdf.length - stream.dataStart());
			while (!inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
				int n = inflater.inflate(buffer);
				count += n;
				if (!reader.read(buffer, n) || count > budget) {
					return new Inflated(count, false);
				}
			}
			return new Inflated(count, inflater.finished());
		}
		catch (DataFormatException ex) {
			return new Inflated(count, false);
		}
		finally {
			inflater.end();
		}
	}

	private static int indexOf(byte[] pdf, int from) {
		outer: for (int i = from; i <= pdf.length - STREAM.length; i++) {
			for (int k = 0; k < STREAM.length; k++) {
				if (pdf[i + k] != STREAM[k]) {
					continue outer;
				}
			}
			if (i == 0 || pdf[i - 1] != 'd') {
				return i;
			}
		}
		return -1;
	}

	/** After the keyword, spaces a lenient reader skips, then an end of line. */
	private static int dataStart(byte[] pdf, int after) {
		int i = after;
		while (i < pdf.length && pdf[i] == ' ') {
			i++;
		}
		if (i < pdf.length && pdf[i] == '\r') {
			i++;
		}
		if (i < pdf.length && pdf[i] == '\n') {
			i++;
		}
		return (i > after && i < pdf.length) ? i : -1;
	}

	private static String dictionary(byte[] pdf, int at) {
		int from = Math.max(0, at - DICTIONARY);
		String before = new String(pdf, from, at - from, StandardCharsets.ISO_8859_1);
		int open = before.lastIndexOf("obj");
		return (open >= 0) ? before.substring(open) : before;
	}

}
