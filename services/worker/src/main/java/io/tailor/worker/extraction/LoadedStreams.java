package io.tailor.worker.extraction;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import io.tailor.jobs.pdf.PdfStreams;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * Refuses a PDF whose streams decode past the budget before PDFBox loads it: it decodes
 * cross-reference and object streams whole onto the heap while it parses the file, before
 * {@link StreamBudget} can look (1 MB of cross-reference stream can inflate to a
 * gigabyte), and it finds them by position, whatever their keys say: a stream marked as
 * an image is decoded all the same when a cross-reference entry names it as an object
 * stream. So every stream of the file, found by position too, is decoded from where its
 * data starts through the filters its dictionary names, whatever they are, into
 * {@link DecodedBytes}, until each filter's data ends. Images count against an allowance
 * of their own, four times the budget (a page-sized photograph inflates to tens of MB,
 * which PDFBox never decodes to read text), through the filters before the first image
 * filter. Names are read as PDFBox reads them (abbreviated, {@code #}-escaped); each
 * dictionary a stream's keyword may follow is taken ({@link WrittenDictionaries}); a
 * keyword after no dictionary is taken for Flate; a stream whose filters are named by
 * reference is refused, since they cannot be read before the file loads.
 */
final class LoadedStreams {

	private static final int IMAGE_ALLOWANCE = 4;

	private static final List<COSName> FLATE = List.of(COSName.FLATE_DECODE);

	private LoadedStreams() {
	}

	static void check(byte[] pdf, long maxBytes, Deadline deadline) {
		DecodedBytes decoded = new DecodedBytes(maxBytes, deadline);
		DecodedBytes images = new DecodedBytes(IMAGE_ALLOWANCE * maxBytes, deadline);
		PdfStreams.visit(pdf, (stream) -> {
			deadline.tick();
			List<COSDictionary> dictionaries = WrittenDictionaries.before(pdf, stream.keyword(), deadline);
			if (dictionaries.isEmpty()) {
				decoded.decode(data(pdf, stream), FLATE, new COSDictionary());
			}
			for (COSDictionary dictionary : dictionaries) {
				List<COSName> filters = filters(dictionary);
				DecodedBytes counter = DecodedBytes.isImage(dictionary, filters) ? images : decoded;
				counter.decode(data(pdf, stream), DecodedBytes.beforeImageFilters(filters), dictionary);
			}
			return true;
		});
	}

	private static ByteArrayInputStream data(byte[] pdf, PdfStreams.Stream stream) {
		return new ByteArrayInputStream(pdf, stream.dataStart(), pdf.length - stream.dataStart());
	}

	private static List<COSName> filters(COSDictionary dictionary) {
		COSBase filter = dictionary.getItem(COSName.FILTER);
		List<? extends COSBase> named = switch (filter) {
			case null -> List.of();
			case COSArray array -> array.toList();
			default -> List.of(filter);
		};
		List<COSName> filters = new ArrayList<>();
		for (COSBase name : named) {
			if (!(name instanceof COSName filterName)) {
				throw new UnparseableFileException("The PDF names a stream's filters by reference", null);
			}
			filters.add(filterName);
		}
		return filters;
	}

}
