package io.tailor.worker.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdfparser.PDFStreamParser;

/**
 * The dictionaries a stream's keyword may follow, read before PDFBox loads the file. An
 * object's dictionary opens right after its {@code obj} keyword and closes right before
 * {@code stream}; every {@code <<} so placed within {@value #WINDOW} bytes before the
 * keyword is read, and each from which one dictionary reads up to the keyword is one. A
 * well-formed stream has exactly one; text written to read one way from its object's
 * start and another from an {@code obj <<} inside one of its strings has several, and the
 * caller takes each at its word. A keyword after {@code >>} that no dictionary so read
 * ends at is refused: its dictionary is longer than the window, or unreadable.
 */
final class WrittenDictionaries {

	private static final int WINDOW = 64 * 1024;

	/**
	 * An indirect reference, which a parser without the file cannot follow: read as a
	 * string, so a filter named by one is no name.
	 */
	private static final Pattern REFERENCE = Pattern.compile("\\b\\d+\\s+\\d+\\s+R\\b");

	private WrittenDictionaries() {
	}

	/** None when the keyword does not follow {@code >>}. */
	static List<COSDictionary> before(byte[] pdf, int keyword, Deadline deadline) {
		int end = skipWhiteBack(pdf, keyword);
		if (end < 2 || pdf[end - 1] != '>' || pdf[end - 2] != '>') {
			return List.of();
		}
		List<COSDictionary> read = new ArrayList<>();
		for (int at = end - 2; at >= Math.max(0, keyword - WINDOW); at--) {
			deadline.tick();
			if (pdf[at] == '<' && pdf[at + 1] == '<' && followsObj(pdf, at)) {
				COSDictionary dictionary = read(pdf, at, end);
				if (dictionary != null) {
					read.add(dictionary);
				}
			}
		}
		if (read.isEmpty()) {
			throw new UnparseableFileException("The PDF has a stream whose dictionary cannot be read", null);
		}
		return read;
	}

	private static boolean followsObj(byte[] pdf, int at) {
		int end = skipWhiteBack(pdf, at);
		return end >= 3 && pdf[end - 3] == 'o' && pdf[end - 2] == 'b' && pdf[end - 1] == 'j';
	}

	/** The dictionary from {@code from} when it ends at {@code end}, or null. */
	private static COSDictionary read(byte[] pdf, int from, int end) {
		String written = new String(pdf, from, end - from, StandardCharsets.ISO_8859_1);
		byte[] direct = REFERENCE.matcher(written).replaceAll("(R)").getBytes(StandardCharsets.ISO_8859_1);
		try {
			PDFStreamParser parser = new PDFStreamParser(direct);
			return (parser.parseNextToken() instanceof COSDictionary dictionary && parser.parseNextToken() == null)
					? dictionary : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static int skipWhiteBack(byte[] pdf, int at) {
		int i = at;
		while (i > 0 && isWhite(pdf[i - 1])) {
			i--;
		}
		return i;
	}

	private static boolean isWhite(byte b) {
		return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0;
	}

}
