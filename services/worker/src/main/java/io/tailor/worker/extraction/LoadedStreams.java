package io.tailor.worker.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.tailor.jobs.pdf.PdfStreams;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;

/**
 * Refuses a PDF whose streams decode past the budget before PDFBox loads it: it decodes
 * cross-reference and object streams whole onto the heap while it parses the file, before
 * {@link StreamBudget} can look (1 MB of cross-reference stream can inflate to a
 * gigabyte), and it finds them by position, not by their {@code /Type}. So every stream
 * of the file, found by position too, is decoded from where its data starts through the
 * filters its dictionary names, whatever they are, into {@link DecodedBytes}, until each
 * filter's data ends; images are left out. Names are read as PDFBox reads them
 * (abbreviated, {@code #}-escaped). A dictionary that cannot be read is taken for Flate;
 * a stream whose filters are named by reference is refused, since they cannot be read
 * before the file loads.
 */
final class LoadedStreams {

	/**
	 * An indirect reference, which a parser without the file cannot follow: read as a
	 * string, so a filter named by one is no name.
	 */
	private static final Pattern REFERENCE = Pattern.compile("\\b\\d+\\s+\\d+\\s+R\\b");

	private static final List<COSName> FLATE = List.of(COSName.FLATE_DECODE);

	private LoadedStreams() {
	}

	static void check(byte[] pdf, long maxBytes, Deadline deadline) {
		DecodedBytes decoded = new DecodedBytes(maxBytes, deadline);
		PdfStreams.visit(pdf, (stream) -> {
			deadline.tick();
			COSDictionary read = dictionary(stream.dictionary());
			COSDictionary dictionary = (read != null) ? read : new COSDictionary();
			List<COSName> filters = (read != null) ? filters(read) : FLATE;
			if (!DecodedBytes.isImage(dictionary, filters)) {
				decoded.decode(new ByteArrayInputStream(pdf, stream.dataStart(), pdf.length - stream.dataStart()),
						filters, dictionary);
			}
			return true;
		});
	}

	/** The dictionary written before {@code stream}, or null. */
	private static COSDictionary dictionary(String written) {
		int start = written.indexOf("<<");
		if (start < 0) {
			return null;
		}
		String direct = REFERENCE.matcher(written.substring(start)).replaceAll("(R)");
		try {
			Object token = new PDFStreamParser(direct.getBytes(StandardCharsets.ISO_8859_1)).parseNextToken();
			return (token instanceof COSDictionary dictionary) ? dictionary : null;
		}
		catch (IOException ex) {
			return null;
		}
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
