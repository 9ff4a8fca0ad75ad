package io.tailor.worker.extraction;

import io.tailor.jobs.pdf.PdfStreams;

/**
 * Refuses a PDF whose streams inflate past the budget before PDFBox loads it: it inflates
 * cross-reference and object streams whole onto the heap while it parses the file, before
 * {@link StreamBudget} can look (1 MB of cross-reference stream can inflate to a
 * gigabyte), and it finds them by position, not by their {@code /Type}. So every stream
 * whose dictionary names {@code /FlateDecode} and not {@code /Image} is inflated from
 * where its data starts, into a small buffer that is thrown away, until the deflated data
 * ends; their sizes together count against the budget. One pass over the file, ticking
 * the deadline at each stream and chunk. A stream in another filter first is left to
 * PDFBox.
 */
final class LoadedStreams {

	private LoadedStreams() {
	}

	static void check(byte[] pdf, long maxBytes, Deadline deadline) {
		long[] total = { 0 };
		PdfStreams.visit(pdf, (stream) -> {
			deadline.tick();
			if (stream.deflated() && !stream.dictionary().contains("/Image")) {
				total[0] += PdfStreams.inflate(pdf, stream, maxBytes - total[0], (buffer, length) -> {
					deadline.tick();
					return true;
				}).bytes();
			}
			if (total[0] > maxBytes) {
				throw StreamBudget.tooLarge(maxBytes);
			}
			return true;
		});
	}

}
