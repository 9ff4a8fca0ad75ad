package io.tailor.worker.extraction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import io.tailor.jobs.job.ResumeFormat;
import io.tailor.worker.testing.Cost;
import io.tailor.worker.testing.ResumeDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reliability case B6 for every filter chain: a stream 32 MB decoded, in a page, an
 * object stream or a cross-reference stream, whatever its filters, is refused within the
 * 16 MB budget, quickly and without decoding it onto the heap. PDFBox decodes object and
 * cross-reference streams whole while it loads a file.
 */
class FilterChainBombTest {

	private static final long DECODED = 32L << 20;

	/** Past the allowance of images, four times the budget. */
	private static final long IMAGE_DECODED = 80L << 20;

	private final TextExtractor extractor = new TextExtractor();

	enum Container {

		PAGE, OBJECT_STREAM, CROSS_REFERENCE_STREAM

	}

	/**
	 * As written in the stream's dictionary, and the filters PDFBox applies, in order.
	 */
	static Stream<Arguments> bombs() {
		List<List<String>> chains = List.of(List.of("[/ASCIIHexDecode /FlateDecode]", "ASCIIHexDecode FlateDecode"),
				List.of("[/ASCII85Decode /FlateDecode]", "ASCII85Decode FlateDecode"),
				List.of("/RunLengthDecode", "RunLengthDecode"), List.of("/LZWDecode", "LZWDecode"),
				List.of("[/FlateDecode /LZWDecode]", "FlateDecode LZWDecode"), List.of("/Fl", "FlateDecode"),
				List.of("/Flat#65Decode", "FlateDecode"),
				List.of("[/ASCIIHexDecode /LZWDecode /ASCIIHexDecode /FlateDecode]",
						"ASCIIHexDecode LZWDecode FlateDecode"));
		return Arrays.stream(Container.values())
			.flatMap((container) -> chains.stream()
				.map((chain) -> Arguments.of(container, chain.get(0), List.of(chain.get(1).split(" ")))));
	}

	@BeforeEach
	void warmUp() {
		this.extractor.extract(ResumeDocuments.pdf(List.of("Ada Example")), ResumeFormat.PDF);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("bombs")
	void aStreamDecodingPastTheBudgetIsRefusedWhateverItsFilters(Container container, String filter,
			List<String> filters) throws IOException {
		byte[] pdf = switch (container) {
			case PAGE -> page(filter,
					Encodings.encode(filters, Encodings.spaces("BT /F1 10 Tf 50 700 Td (Ada) Tj ET ", DECODED)));
			case OBJECT_STREAM -> objectStream(filter,
					Encodings.encode(filters, Encodings.spaces("2 0 << /Type /Catalog /Pages 3 0 R >> ", DECODED)));
			case CROSS_REFERENCE_STREAM ->
				crossReferenceStream(filter, Encodings.encode(filters, Encodings.spaces("", DECODED)));
		};
		assertThat((long) pdf.length).isLessThan(DECODED / 50);
		Cost cost = Cost.of(() -> assertThatExceptionOfType(UnparseableFileException.class)
			.isThrownBy(() -> this.extractor.extract(pdf, ResumeFormat.PDF))
			.withMessage("The PDF's streams decompress to more than 16 MB"));
		assertThat(cost.millis()).isLessThan(1000);
		assertThat(cost.allocatedBytes()).isLessThan(filters.contains("LZWDecode") ? 24L << 20 : 8L << 20);
	}

	/**
	 * PDFBox reads the filters' object, then decodes the object stream to load the file.
	 */
	@Test
	void anObjectStreamWhoseFiltersAreNamedByReferenceIsRefused() throws IOException {
		Pdf pdf = new Pdf();
		pdf.stream("/Type /ObjStm /N 1 /First 4 /Filter 4 0 R",
				Encodings.encode(List.of("ASCIIHexDecode", "FlateDecode"),
						Encodings.spaces("2 0 << /Type /Catalog /Pages 3 0 R >> ", DECODED)));
		pdf.object(null);
		pdf.object("<< /Type /Pages /Kids [] /Count 0 >>");
		pdf.object("[/ASCIIHexDecode /FlateDecode]");
		byte[] file = pdf.withCrossReferenceStream(2, 1);
		Cost cost = Cost.of(() -> assertThatExceptionOfType(UnparseableFileException.class)
			.isThrownBy(() -> this.extractor.extract(file, ResumeFormat.PDF))
			.withMessage("The PDF names a stream's filters by reference"));
		assertThat(cost.allocatedBytes()).isLessThan(8L << 20);
	}

	/**
	 * PDFBox decodes whatever a cross-reference entry names as an object stream, before
	 * it looks at the stream's keys: one marked as an image, with a dictionary too long
	 * to be read from its end, or with {@code obj} in a string, is loaded all the same.
	 */
	static Stream<Arguments> disguisedObjectStreams() {
		String padding = " /P [" + " 0".repeat(4000) + "]";
		return Stream.of(Arguments.of("marked as an image", "/Subtype /Image /Width 8 /Height 8 /Filter /FlateDecode"),
				Arguments.of("marked as an image, LZW", "/Subtype /Image /Filter /LZWDecode"),
				Arguments.of("with a dictionary over 4 KB", "/Filter /LZWDecode" + padding),
				Arguments.of("with obj in a string", "/Filter /LZWDecode /Note (see 9 0 obj)"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("disguisedObjectStreams")
	void anObjectStreamInDisguiseIsRefusedBeforeItLoads(String disguise, String dictionary) throws IOException {
		List<String> filters = List.of(dictionary.contains("LZW") ? "LZWDecode" : "FlateDecode");
		long decoded = dictionary.contains("/Image") ? IMAGE_DECODED : DECODED;
		byte[] pdf = objectStreamWith(dictionary,
				Encodings.encode(filters, Encodings.spaces("2 0 << /Type /Catalog /Pages 3 0 R >> ", decoded)));
		Cost cost = Cost.of(() -> assertThatExceptionOfType(UnparseableFileException.class)
			.isThrownBy(() -> this.extractor.extract(pdf, ResumeFormat.PDF))
			.withMessageStartingWith("The PDF's streams decompress to more than"));
		assertThat(cost.allocatedBytes()).isLessThan(decoded);
	}

	/**
	 * A page-sized photograph inflates past the budget; text reading never decodes it, so
	 * it counts against the allowance of images, not the budget.
	 */
	@Test
	void aPhotographInflatingPastTheBudgetIsNoBomb() throws IOException {
		Pdf pdf = new Pdf();
		pdf.object("<< /Type /Catalog /Pages 2 0 R >>");
		pdf.object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
		pdf.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
				+ " /Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >> >>");
		pdf.stream("", ("q 100 0 0 100 400 600 cm /Im1 Do Q BT /F1 10 Tf 50 700 Td (Ada Example) Tj"
				+ " 0 -14 Td (Senior Engineer, Northwind) Tj ET")
			.getBytes(StandardCharsets.US_ASCII));
		pdf.object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
		pdf.stream(
				"/Type /XObject /Subtype /Image /Width 2480 /Height 3508 /ColorSpace /DeviceRGB"
						+ " /BitsPerComponent 8 /Filter /FlateDecode",
				Encodings.encode(List.of("FlateDecode"), Encodings.spaces("", 2480L * 3508 * 3)));
		byte[] file = pdf.withCrossReferenceTable();
		assertThat(this.extractor.extract(file, ResumeFormat.PDF).lines().map(String::strip))
			.containsExactly("Ada Example", "Senior Engineer, Northwind");
	}

	/** One page whose content is the stream. */
	private static byte[] page(String filter, byte[] data) {
		Pdf pdf = new Pdf();
		pdf.object("<< /Type /Catalog /Pages 2 0 R >>");
		pdf.object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
		pdf.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
				+ " /Resources << /Font << /F1 5 0 R >> >> >>");
		pdf.stream("/Filter " + filter, data);
		pdf.object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
		return pdf.withCrossReferenceTable();
	}

	/** The catalog in the object stream, so PDFBox decodes it to load the file. */
	private static byte[] objectStream(String filter, byte[] data) {
		return objectStreamWith("/Filter " + filter, data);
	}

	private static byte[] objectStreamWith(String dictionary, byte[] data) {
		Pdf pdf = new Pdf();
		pdf.stream("/Type /ObjStm /N 1 /First 4 " + dictionary, data);
		pdf.object(null);
		pdf.object("<< /Type /Pages /Kids [] /Count 0 >>");
		return pdf.withCrossReferenceStream(2, 1);
	}

	private static byte[] crossReferenceStream(String filter, byte[] data) {
		Pdf pdf = new Pdf();
		pdf.stream("/Type /XRef /Size 2 /W [1 2 1] /Filter " + filter, data);
		return pdf.startingAt(9);
	}

	/** A PDF written out by hand, objects numbered from 1 in the order added. */
	private static final class Pdf {

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		private final List<Integer> offsets = new ArrayList<>();

		Pdf() {
			text("%PDF-1.7\n");
		}

		/**
		 * An object, or with {@code null} a number left for one stored in an object
		 * stream.
		 */
		void object(String body) {
			this.offsets.add((body != null) ? this.out.size() : -1);
			if (body != null) {
				text(this.offsets.size() + " 0 obj\n" + body + "\nendobj\n");
			}
		}

		void stream(String dictionary, byte[] data) {
			this.offsets.add(this.out.size());
			text(this.offsets.size() + " 0 obj\n<< " + dictionary + " /Length " + data.length + " >>\nstream\n");
			this.out.writeBytes(data);
			text("\nendstream\nendobj\n");
		}

		byte[] withCrossReferenceTable() {
			int start = this.out.size();
			StringBuilder table = new StringBuilder("xref\n0 " + (this.offsets.size() + 1) + "\n0000000000 65535 f \n");
			this.offsets.forEach((offset) -> table.append("%010d 00000 n \n".formatted(offset)));
			text(table + "trailer\n<< /Size " + (this.offsets.size() + 1) + " /Root 1 0 R >>\n");
			return startingAt(start);
		}

		/**
		 * A cross-reference stream as the last object; objects left for an object stream
		 * are its first ones, in {@code objectStream}.
		 */
		byte[] withCrossReferenceStream(int root, int objectStream) {
			int self = this.out.size();
			int size = this.offsets.size() + 2;
			ByteArrayOutputStream entries = new ByteArrayOutputStream();
			entries.writeBytes(new byte[] { 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF });
			int index = 0;
			for (int offset : this.offsets) {
				entries.writeBytes((offset >= 0) ? entry(1, offset, 0) : entry(2, objectStream, index++));
			}
			entries.writeBytes(entry(1, self, 0));
			stream("/Type /XRef /Size " + size + " /W [1 4 2] /Root " + root + " 0 R", entries.toByteArray());
			return startingAt(self);
		}

		byte[] startingAt(int crossReference) {
			text("startxref\n" + crossReference + "\n%%EOF\n");
			return this.out.toByteArray();
		}

		private static byte[] entry(int type, int field, int generation) {
			return new byte[] { (byte) type, (byte) (field >>> 24), (byte) (field >>> 16), (byte) (field >>> 8),
					(byte) field, (byte) (generation >>> 8), (byte) generation };
		}

		private void text(String text) {
			this.out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
		}

	}

}
