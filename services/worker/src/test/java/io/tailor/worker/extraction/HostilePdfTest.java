package io.tailor.worker.extraction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.DeflaterOutputStream;

import io.tailor.jobs.job.FailureReason;
import io.tailor.jobs.job.ResumeFormat;
import io.tailor.worker.testing.Cost;
import io.tailor.worker.testing.LocalListener;
import io.tailor.worker.testing.ResumeDocuments;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.util.Version;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reliability cases B4, B5 and B6: hostile PDFs end, within a bound of time and memory,
 * as text or as a refusal; none fetches or reads anything outside the file.
 */
class HostilePdfTest {

	private static final List<String> LINES = List.of("Ada Example", "Senior Engineer, Northwind");

	private final TextExtractor extractor = new TextExtractor();

	@BeforeEach
	void warmUp() {
		this.extractor.extract(ResumeDocuments.pdf(LINES), ResumeFormat.PDF);
	}

	@Test
	void pdfboxIsAtLeastVersion3() {
		assertThat(Integer.parseInt(Version.getVersion().split("\\.")[0])).isGreaterThanOrEqualTo(3);
	}

	@Test
	void anXfaFormNamingExternalEntitiesFetchesNothing() {
		try (LocalListener listener = new LocalListener()) {
			String xfa = "<?xml version=\"1.0\"?><!DOCTYPE xdp:xdp [<!ENTITY file SYSTEM \"file:///etc/passwd\">"
					+ "<!ENTITY web SYSTEM \"" + listener.url("/general") + "\"><!ENTITY % remote SYSTEM \""
					+ listener.url("/parameter") + "\"> %remote;]>"
					+ "<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\"><template>&file;&web;</template></xdp:xdp>";
			byte[] pdf = edit(ResumeDocuments.pdf(LINES), (document) -> {
				PDAcroForm form = new PDAcroForm(document);
				COSStream stream = document.getDocument().createCOSStream();
				write(stream, xfa.getBytes(StandardCharsets.UTF_8));
				form.getCOSObject().setItem(COSName.XFA, stream);
				document.getDocumentCatalog().setAcroForm(form);
			});
			assertThat(this.extractor.extract(pdf, ResumeFormat.PDF).lines().map(String::strip))
				.containsExactlyElementsOf(LINES);
			try (PDDocument document = Loader.loadPDF(pdf)) {
				assertThatExceptionOfType(IOException.class)
					.isThrownBy(() -> document.getDocumentCatalog().getAcroForm().getXFA().getDocument())
					.withMessageContaining("DOCTYPE is disallowed");
			}
			catch (IOException ex) {
				throw new AssertionError(ex);
			}
			assertThat(listener.hits()).isEmpty();
		}
	}

	@Test
	void aPageTreeThatContainsItselfEnds() {
		byte[] pdf = edit(ResumeDocuments.pdf(LINES), (document) -> {
			COSDictionary root = document.getPages().getCOSObject();
			root.getCOSArray(COSName.KIDS).add(root);
		});
		assertEndsWithin(Duration.ofSeconds(1), pdf);
	}

	@Test
	void aFormThatDrawsItselfEnds() {
		byte[] pdf = edit(ResumeDocuments.pdf(LINES), (document) -> {
			COSStream form = form(document, "BT /F1 10 Tf 50 50 Td (Loop) Tj ET /Self Do");
			resources(form).setItem(COSName.getPDFName("Self"), form);
			drawOnFirstPage(document, "/Self Do", form);
		});
		assertEndsWithin(Duration.ofSeconds(1), pdf);
	}

	@Test
	void formsDrawingEachOtherATrillionTimesAreStoppedByTheTimeLimit() {
		byte[] pdf = edit(ResumeDocuments.pdf(LINES), (document) -> {
			COSStream child = form(document, "0 0 m 1 1 l S");
			for (int level = 0; level < 12; level++) {
				COSStream parent = form(document, "/C Do ".repeat(10));
				resources(parent).setItem(COSName.getPDFName("C"), child);
				child = parent;
			}
			drawOnFirstPage(document, "/C Do", child);
		});
		TextExtractor quick = new TextExtractor(new ExtractionLimits(Duration.ofMillis(500), 50, 200_000, 16L << 20));
		Cost cost = Cost.of(() -> assertThatExceptionOfType(UnparseableFileException.class)
			.isThrownBy(() -> quick.extract(pdf, ResumeFormat.PDF))
			.withMessage("The file took longer than 500 ms to read"));
		assertThat(cost.millis()).isLessThan(1000);
		assertThat(extractionThreads()).isEmpty();
	}

	@Test
	void aHugeDeclaredLengthIsIgnored() {
		String plain = new String(uncompressed(ResumeDocuments.pdf(LINES)), StandardCharsets.ISO_8859_1);
		byte[] lying = plain.replaceAll("/Length \\d+", "/Length 999999999999").getBytes(StandardCharsets.ISO_8859_1);
		Cost cost = Cost.of(() -> assertThat(this.extractor.extract(lying, ResumeFormat.PDF).lines().map(String::strip))
			.containsExactlyElementsOf(LINES));
		assertThat(cost.millis()).isLessThan(1000);
		assertThat(cost.allocatedBytes()).isLessThan(8L << 20);
	}

	/** PDFBox would inflate this form whole onto the heap: 1 GB ends a 256 MB worker. */
	@Test
	void aFlateBombInAFormIsRefusedBeforeItInflates() {
		assertRefusedBeforeInflating(edit(ResumeDocuments.pdf(LINES), (document) -> {
			COSStream form = form(document, "");
			writeFlateBomb(form, "0 0 m 1 1 l S ");
			drawOnFirstPage(document, "/Bomb Do", form);
		}));
	}

	/**
	 * PDFBox would inflate this cross-reference stream whole while it loads the file,
	 * before any other check: 1 GB ends a worker.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/Type /XRef /Size 2 /W [1 2 1] /Filter /FlateDecode", "/Size 2 /Filter /FlateDecode",
			"/Type /X#52ef /Filter /FlateDecode" })
	void aFlateBombInACrossReferenceStreamIsRefusedBeforeTheFileLoads(String dictionary) throws IOException {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		pdf.write(("%PDF-1.7\n1 0 obj\n<< " + dictionary + " >>\nstream  \n").getBytes(StandardCharsets.US_ASCII));
		try (DeflaterOutputStream deflated = new DeflaterOutputStream(pdf)) {
			byte[] zeros = new byte[1 << 16];
			for (int i = 0; i < 1024; i++) {
				deflated.write(zeros);
			}
		}
		pdf.write("\nendstream\nendobj\nstartxref\n9\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		assertRefusedBeforeInflating(pdf.toByteArray());
	}

	@Test
	void aFileWithCompressedCrossReferenceAndObjectStreamsReadsAsUsual() throws IOException {
		byte[] compressed;
		try (PDDocument document = Loader.loadPDF(ResumeDocuments.pdf(LINES));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.save(out, CompressParameters.DEFAULT_COMPRESSION);
			compressed = out.toByteArray();
		}
		assertThat(new String(compressed, StandardCharsets.ISO_8859_1)).contains("/ObjStm").contains("/XRef");
		assertThat(this.extractor.extract(compressed, ResumeFormat.PDF).lines().map(String::strip))
			.containsExactlyElementsOf(LINES);
	}

	/** PDFBox would inflate this page while reading it, for seconds a gigabyte. */
	@Test
	void aFlateBombInThePageIsRefusedBeforeItInflates() {
		assertRefusedBeforeInflating(edit(ResumeDocuments.pdf(LINES), (document) -> {
			COSStream contents = document.getDocument().createCOSStream();
			writeFlateBomb(contents, "BT /F1 10 Tf 50 800 Td (Ada) Tj ET ");
			document.getPage(0).getCOSObject().setItem(COSName.CONTENTS, contents);
		}));
	}

	@Test
	void aPageTooWideToSearchForColumnsIsReadAtOnce() {
		List<String> lines = IntStream.range(0, 10).mapToObj((i) -> "Line " + i + " of the resume").toList();
		byte[] pdf = edit(ResumeDocuments.pdf(lines),
				(document) -> document.getPage(0).setMediaBox(new PDRectangle(0, 0, 1e30f, 842)));
		Cost cost = Cost.of(() -> assertThat(this.extractor.extract(pdf, ResumeFormat.PDF).lines().map(String::strip))
			.containsExactlyElementsOf(lines));
		assertThat(cost.millis()).isLessThan(1000);
	}

	@Test
	void aMillionPagesAreRefused() {
		byte[] pdf = edit(ResumeDocuments.pdf(LINES), (document) -> {
			COSDictionary root = document.getPages().getCOSObject();
			COSDictionary node = root;
			for (int level = 0; level < 6; level++) {
				COSDictionary kid = new COSDictionary();
				kid.setItem(COSName.TYPE, COSName.PAGES);
				kid.setItem(COSName.PARENT, node);
				kid.setInt(COSName.COUNT, (int) Math.pow(10, 5 - level));
				COSArray kids = new COSArray();
				for (int i = 0; i < 10; i++) {
					kids.add(kid);
				}
				node.setItem(COSName.KIDS, kids);
				node = kid;
			}
			COSDictionary page = new PDPage(PDRectangle.A4).getCOSObject();
			page.setItem(COSName.PARENT, node);
			node.setItem(COSName.KIDS, new COSArray(List.of(page)));
			node.setInt(COSName.COUNT, 1);
			root.setInt(COSName.COUNT, 1_000_000);
		});
		assertThatExceptionOfType(UnparseableFileException.class)
			.isThrownBy(() -> this.extractor.extract(pdf, ResumeFormat.PDF))
			.withMessage("The PDF has more than 50 pages");
		byte[] understated = new String(uncompressed(pdf), StandardCharsets.ISO_8859_1)
			.replace("/Count 1000000", "/Count 1")
			.getBytes(StandardCharsets.ISO_8859_1);
		assertEndsWithin(Duration.ofSeconds(1), understated);
	}

	@Test
	void aMillionNestedArraysEnd() {
		String plain = new String(uncompressed(ResumeDocuments.pdf(LINES)), StandardCharsets.ISO_8859_1);
		String nested = plain.replaceFirst("/Type /Catalog",
				"/Type /Catalog /Deep " + "[".repeat(1_000_000) + "]".repeat(1_000_000));
		assertEndsWithin(Duration.ofSeconds(2), nested.getBytes(StandardCharsets.ISO_8859_1));
	}

	private void assertRefusedBeforeInflating(byte[] pdf) {
		assertThat(pdf.length).isLessThan(200_000);
		Cost cost = Cost.of(() -> assertThatExceptionOfType(UnparseableFileException.class)
			.isThrownBy(() -> this.extractor.extract(pdf, ResumeFormat.PDF))
			.withMessage("The PDF's streams decompress to more than 16 MB"));
		assertThat(cost.millis()).isLessThan(1000);
		assertThat(cost.allocatedBytes()).isLessThan(8L << 20);
	}

	/** Content, then 64 MB of spaces, deflated to about 64 KB. */
	private static void writeFlateBomb(COSStream stream, String content) throws IOException {
		try (OutputStream out = stream.createRawOutputStream();
				DeflaterOutputStream deflated = new DeflaterOutputStream(out)) {
			deflated.write(content.getBytes(StandardCharsets.US_ASCII));
			byte[] spaces = new byte[1 << 16];
			Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 1024; i++) {
				deflated.write(spaces);
			}
		}
		stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
	}

	private void assertEndsWithin(Duration bound, byte[] pdf) {
		Cost cost = Cost.of(() -> {
			try {
				assertThat(this.extractor.extract(pdf, ResumeFormat.PDF)).isNotBlank();
			}
			catch (UnparseableFileException ex) {
				assertThat(ex.reason()).isEqualTo(FailureReason.UNPARSEABLE_FILE);
			}
		});
		assertThat(cost.millis()).isLessThan(bound.toMillis());
		assertThat(cost.allocatedBytes()).isLessThan(16L << 20);
	}

	private static List<Thread> extractionThreads() {
		long until = System.nanoTime() + Duration.ofSeconds(1).toNanos();
		List<Thread> running;
		do {
			running = Thread.getAllStackTraces()
				.keySet()
				.stream()
				.filter((t) -> t.getName().startsWith("extraction-"))
				.toList();
		}
		while (!running.isEmpty() && System.nanoTime() < until);
		return running;
	}

	private interface Edit {

		void apply(PDDocument document) throws IOException;

	}

	private static byte[] edit(byte[] pdf, Edit edit) {
		try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			edit.apply(document);
			document.save(out, CompressParameters.NO_COMPRESSION);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	private static byte[] uncompressed(byte[] pdf) {
		return edit(pdf, (document) -> {
			for (PDPage page : document.getPages()) {
				PDStream contents = new PDStream(document, page.getContents());
				page.setContents(contents);
			}
		});
	}

	private static COSStream form(PDDocument document, String content) throws IOException {
		COSStream form = document.getDocument().createCOSStream();
		form.setItem(COSName.TYPE, COSName.XOBJECT);
		form.setItem(COSName.SUBTYPE, COSName.FORM);
		form.setItem(COSName.BBOX, new PDRectangle(0, 0, 100, 100).getCOSArray());
		COSDictionary resources = new COSDictionary();
		resources.setItem(COSName.XOBJECT, new COSDictionary());
		COSDictionary fonts = new COSDictionary();
		fonts.setItem(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA).getCOSObject());
		resources.setItem(COSName.FONT, fonts);
		form.setItem(COSName.RESOURCES, resources);
		write(form, content.getBytes(StandardCharsets.US_ASCII));
		return form;
	}

	private static COSDictionary resources(COSStream form) {
		return form.getCOSDictionary(COSName.RESOURCES).getCOSDictionary(COSName.XOBJECT);
	}

	private static void drawOnFirstPage(PDDocument document, String content, COSStream form) throws IOException {
		PDPage page = document.getPage(0);
		PDResources resources = page.getResources();
		COSDictionary xobjects = new COSDictionary();
		xobjects.setItem(COSName.getPDFName(content.substring(1, content.indexOf(' '))), form);
		resources.getCOSObject().setItem(COSName.XOBJECT, xobjects);
		COSStream extra = document.getDocument().createCOSStream();
		write(extra, content.getBytes(StandardCharsets.US_ASCII));
		COSArray contents = new COSArray();
		contents.add(page.getCOSObject().getDictionaryObject(COSName.CONTENTS));
		contents.add(extra);
		page.getCOSObject().setItem(COSName.CONTENTS, contents);
	}

	private static void write(COSStream stream, byte[] content) throws IOException {
		try (OutputStream out = stream.createOutputStream()) {
			out.write(content);
		}
	}

}
