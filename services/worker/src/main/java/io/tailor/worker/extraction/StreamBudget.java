package io.tailor.worker.extraction;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Refuses a PDF whose streams decompress to more than a budget, before the text is read.
 * PDFBox has no limit of its own: it decodes most streams (forms, fonts, object streams)
 * whole onto the heap, and a page's own Flate content as it reads it. Every stream stored
 * as an object of its own, except images (reading text never decodes them), is decoded
 * once into a counter ({@link DecodedBytes}). Streams the parser decodes while it loads
 * the file, before this runs (cross-reference and object streams), are counted before
 * that by {@link LoadedStreams}.
 */
final class StreamBudget {

	private static final int MAX_OBJECTS = 100_000;

	private StreamBudget() {
	}

	static void check(COSDocument document, long maxBytes, Deadline deadline) {
		Map<COSObjectKey, Long> objects = document.getXrefTable();
		if (objects.size() > MAX_OBJECTS) {
			throw new UnparseableFileException("The PDF has more than " + MAX_OBJECTS + " objects", null);
		}
		DecodedBytes decoded = new DecodedBytes(maxBytes, deadline);
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

	private static void decode(COSStream stream, DecodedBytes decoded) {
		try {
			List<COSName> filters = new PDStream(stream).getFilters();
			if (!DecodedBytes.isImage(stream, filters)) {
				decoded.decode(stream.createRawInputStream(), filters, stream);
			}
		}
		catch (IOException ex) {
			// A broken stream: PDFBox skips it when reading text, and so does the budget.
		}
	}

}
