package io.tailor.worker.extraction;

import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Refuses a PDF whose streams inflate past the budget before PDFBox loads it: it inflates
 * cross-reference and object streams whole onto the heap while it parses the file, before
 * {@link StreamBudget} can look (1 MB of cross-reference stream can inflate to a
 * gigabyte), and it finds them by position, not by their {@code /Type}. So every stream
 * whose dictionary names {@code /FlateDecode} and not {@code /Image} is inflated from
 * where its data starts, into a small buffer that is thrown away, until the deflated data
 * ends; their sizes together count against the budget. One pass over the file, ticking
 * the deadline at each stream. A stream in another filter first is left to PDFBox.
 */
final class LoadedStreams {

	private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);

	/** How far before {@code stream} its dictionary is looked for. */
	private static final int DICTIONARY = 4096;

	private static final int CHUNK = 1 << 16;

	private LoadedStreams() {
	}

	static void check(byte[] pdf, long maxBytes, Deadline deadline) {
		long total = 0;
		byte[] sink = new byte[CHUNK];
		for (int at = indexOf(pdf, 0); at >= 0; at = indexOf(pdf, at + STREAM.length)) {
			deadline.tick();
			int data = dataStart(pdf, at + STREAM.length);
			if (data < 0 || !deflated(dictionary(pdf, at))) {
				continue;
			}
			total += inflated(pdf, data, maxBytes - total, sink, deadline);
			if (total > maxBytes) {
				throw StreamBudget.tooLarge(maxBytes);
			}
		}
	}

	/** The keyword {@code stream}, not the end of {@code endstream}. */
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

	/** After the keyword, spaces PDFBox skips, then an end of line. */
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

	private static boolean deflated(String dictionary) {
		return dictionary.contains("/FlateDecode") && !dictionary.contains("/Image");
	}

	private static long inflated(byte[] pdf, int from, long budget, byte[] sink, Deadline deadline) {
		Inflater inflater = new Inflater();
		long count = 0;
		try {
			inflater.setInput(pdf, from, pdf.length - from);
			while (!inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
				deadline.tick();
				count += inflater.inflate(sink);
				if (count > budget) {
					return count;
				}
			}
			return count;
		}
		catch (DataFormatException ex) {
			return count;
		}
		finally {
			inflater.end();
		}
	}

}
