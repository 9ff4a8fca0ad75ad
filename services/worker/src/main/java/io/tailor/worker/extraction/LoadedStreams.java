package io.tailor.worker.extraction;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Refuses a PDF whose cross-reference or object streams inflate past the budget, before
 * PDFBox loads it: it inflates those whole onto the heap while it parses the file, before
 * {@link StreamBudget} can look (1 MB of cross-reference stream can inflate to a
 * gigabyte). Each stream whose dictionary names {@code /XRef} or {@code /ObjStm} is
 * inflated from where its data starts, into a small buffer that is thrown away, until the
 * deflated data ends; their sizes together count against the budget. A stream that is not
 * deflated is left to PDFBox.
 */
final class LoadedStreams {

	private static final Pattern PARSED_AT_LOAD = Pattern
		.compile("/Type\\s*/(?:XRef|ObjStm)\\b[^\\x00]{0,2000}?stream(?:\\r\\n|\\n|\\r)");

	private static final int CHUNK = 1 << 16;

	private LoadedStreams() {
	}

	static void check(byte[] pdf, long maxBytes, Deadline deadline) {
		Matcher stream = PARSED_AT_LOAD.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
		long total = 0;
		byte[] sink = new byte[CHUNK];
		while (stream.find()) {
			total += inflated(pdf, stream.end(), maxBytes - total, sink, deadline);
			if (total > maxBytes) {
				throw new UnparseableFileException(
						"The PDF's streams decompress to more than " + (maxBytes >> 20) + " MB", null);
			}
		}
	}

	private static long inflated(byte[] pdf, int from, long budget, byte[] sink, Deadline deadline) {
		Inflater inflater = new Inflater();
		try {
			inflater.setInput(pdf, from, pdf.length - from);
			long count = 0;
			while (!inflater.finished() && !inflater.needsInput()) {
				deadline.tick();
				int n = inflater.inflate(sink);
				count += n;
				if (count > budget) {
					return count;
				}
				if (n == 0 && inflater.needsDictionary()) {
					return count;
				}
			}
			return count;
		}
		catch (DataFormatException ex) {
			return 0;
		}
		finally {
			inflater.end();
		}
	}

}
