package io.tailor.worker.extraction;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Refuses a PDF whose streams decompress to more than a budget, before the text is read.
 * PDFBox has no limit of its own: it decodes most streams (forms, fonts, object streams)
 * whole onto the heap, and a page's own Flate content as it reads it. Every stream stored
 * as an object of its own, except images (reading text never decodes them), is decoded
 * once through PDFBox's filters into a counter. Streams the parser decodes while it loads
 * the file, before this runs (cross-reference and object streams), are counted before
 * that by {@link LoadedStreams}.
 */
final class StreamBudget {

	private static final int MAX_OBJECTS = 100_000;

	private static final Set<COSName> IMAGE_FILTERS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
			COSName.JPX_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION, COSName.JBIG2_DECODE);

	private StreamBudget() {
	}

	static void check(COSDocument document, long maxBytes, Deadline deadline) {
		Map<COSObjectKey, Long> objects = document.getXrefTable();
		if (objects.size() > MAX_OBJECTS) {
			throw new UnparseableFileException("The PDF has more than " + MAX_OBJECTS + " objects", null);
		}
		Counter decoded = new Counter(maxBytes);
		for (Map.Entry<COSObjectKey, Long> object : objects.entrySet()) {
			deadline.check();
			if (object.getValue() > 0
					&& document.getObjectFromPool(object.getKey()).getObject() instanceof COSStream stream) {
				decode(stream, decoded);
			}
		}
	}

	/** The refusal of a PDF whose streams decompress past {@code maxBytes}. */
	static UnparseableFileException tooLarge(long maxBytes) {
		return new UnparseableFileException("The PDF's streams decompress to more than " + (maxBytes >> 20) + " MB",
				null);
	}

	private static void decode(COSStream stream, Counter decoded) {
		try {
			List<COSName> filters = new PDStream(stream).getFilters();
			if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))
					|| filters.stream().anyMatch(IMAGE_FILTERS::contains)) {
				return;
			}
			InputStream input = stream.createRawInputStream();
			for (int i = 0; i < filters.size(); i++) {
				ByteArrayOutputStream output = decoded.keeping(i < filters.size() - 1);
				try (InputStream encoded = input) {
					FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(encoded, output, stream, i);
				}
				input = new ByteArrayInputStream(output.toByteArray());
			}
		}
		catch (IOException ex) {
			// A broken stream: PDFBox skips it when reading text, and so does the budget.
		}
	}

	/**
	 * Counts every byte any filter writes against the budget; keeps a filter's output
	 * only when another filter reads it.
	 */
	private static final class Counter {

		private final long maxBytes;

		private long count;

		Counter(long maxBytes) {
			this.maxBytes = maxBytes;
		}

		ByteArrayOutputStream keeping(boolean keep) {
			return new ByteArrayOutputStream() {

				@Override
				public void write(int b) {
					add(1);
					if (keep) {
						super.write(b);
					}
				}

				@Override
				public void write(byte[] bytes, int offset, int length) {
					add(length);
					if (keep) {
						super.write(bytes, offset, length);
					}
				}

			};
		}

		private void add(long bytes) {
			this.count += bytes;
			if (this.count > this.maxBytes) {
				throw tooLarge(this.maxBytes);
			}
		}

	}

}
