package io.tailor.worker.rendering;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

import io.tailor.worker.extraction.TextExtractor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden documents for the writers, from three résumés made the way people make them (a
 * nurse's, an accountant's, an electrician's): each PDF page, rendered to a grey image at
 * {@value #DPI} dpi, matches its golden PNG within a tolerance, and the DOCX's paragraphs
 * (style, numbering, tab stops, text) match its golden outline. With
 * {@code -Dgolden.write=true} the goldens under src/test/resources/golden are written
 * anew; look at them before committing.
 */
class GoldenDocumentsTest {

	private static final int DPI = 60;

	/** A pixel differs when its grey level is further off than this. */
	private static final int LEVELS = 64;

	/** At most this share of a page's pixels may differ. */
	private static final double SHARE = 0.005;

	private static final Path GOLDEN = Path.of("src/test/resources/golden");

	private static final boolean WRITE = Boolean.getBoolean("golden.write");

	private final Exports exports = new Exports(new TextExtractor());

	@TempDir
	Path temp;

	@ParameterizedTest
	@ValueSource(strings = { "nurse", "accountant", "electrician", "engineer" })
	void eachPdfPageLooksAsItsGoldenImage(String name) throws IOException {
		Export pdf = render(name, "pdf");
		assertThat(pdf.roundTrip()).as("every line reads back").isTrue();
		List<BufferedImage> pages = pages(pdf.content());
		assertThat(pages).as("one page for these résumés").hasSize(1);
		for (int p = 0; p < pages.size(); p++) {
			Path golden = GOLDEN.resolve(name + "-p" + (p + 1) + ".png");
			if (WRITE) {
				ImageIO.write(pages.get(p), "png", golden.toFile());
			}
			assertThat(golden).as("golden image; write it with -Dgolden.write=true").exists();
			BufferedImage expected = ImageIO.read(golden.toFile());
			assertThat(differingShare(expected, pages.get(p))).as(golden + " differs").isLessThanOrEqualTo(SHARE);
		}
	}

	/**
	 * The DOCX, laid out by LibreOffice (where it is installed), takes as many pages as
	 * the PDF: a one-page résumé does not spill a line onto a second page in Word's
	 * format.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "nurse", "accountant", "electrician", "engineer" })
	void eachDocxLaidOutByLibreOfficeTakesAsManyPagesAsThePdf(String name) throws Exception {
		Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/soffice")),
				"LibreOffice (soffice) is not installed: the DOCX page count is not checked here");
		Path dir = Files.createDirectories(this.temp.resolve(name));
		Path docx = Files.write(dir.resolve(name + ".docx"), render(name, "docx").content());
		Process soffice = new ProcessBuilder("/usr/bin/soffice",
				"-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--convert-to", "pdf",
				"--outdir", dir.toString(), docx.toString())
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("soffice.log").toFile())
			.start();
		assertThat(soffice.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).as("soffice finished").isTrue();
		try (PDDocument laidOut = Loader.loadPDF(dir.resolve(name + ".pdf").toFile());
				PDDocument ours = Loader.loadPDF(render(name, "pdf").content())) {
			assertThat(laidOut.getNumberOfPages()).isEqualTo(ours.getNumberOfPages());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "nurse", "accountant", "electrician", "engineer" })
	void eachDocxHasTheGoldenOutlineOfStylesNumberingAndText(String name) throws IOException {
		String outline = outline(documentXml(render(name, "docx").content()));
		Path golden = GOLDEN.resolve(name + ".docx.txt");
		if (WRITE) {
			Files.writeString(golden, outline);
		}
		assertThat(golden).as("golden outline; write it with -Dgolden.write=true").exists();
		assertThat(outline).isEqualTo(Files.readString(golden));
		assertThat(outline).contains("Title|").contains("Heading1|").contains("bullet|").doesNotContain("**");
	}

	private Export render(String name, String format) throws IOException {
		String markdown;
		try (InputStream in = getClass().getResourceAsStream("/golden/" + name + ".md")) {
			markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		return this.exports.render(markdown)
			.stream()
			.filter((e) -> e.format().equals(format))
			.findFirst()
			.orElseThrow();
	}

	private static List<BufferedImage> pages(byte[] pdf) throws IOException {
		List<BufferedImage> pages = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFRenderer renderer = new PDFRenderer(document);
			for (int p = 0; p < document.getNumberOfPages(); p++) {
				pages.add(renderer.renderImageWithDPI(p, DPI, ImageType.GRAY));
			}
		}
		return pages;
	}

	static double differingShare(BufferedImage expected, BufferedImage actual) {
		if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
			return 1;
		}
		long differing = 0;
		for (int y = 0; y < expected.getHeight(); y++) {
			for (int x = 0; x < expected.getWidth(); x++) {
				int a = expected.getRaster().getSample(x, y, 0);
				int b = actual.getRaster().getSample(x, y, 0);
				differing += (Math.abs(a - b) > LEVELS) ? 1 : 0;
			}
		}
		return (double) differing / ((long) expected.getWidth() * expected.getHeight());
	}

	private static final Pattern PARAGRAPH = Pattern.compile("<w:p[ >].*?</w:p>", Pattern.DOTALL);

	private static final Pattern STYLE = Pattern.compile("<w:pStyle w:val=\"([^\"]+)\"");

	private static final Pattern TEXT = Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>|<w:tab/>");

	/**
	 * One line per paragraph: its style, "bullet" when numbered, "tab" per right tab
	 * stop, its text.
	 */
	static String outline(String documentXml) {
		StringBuilder out = new StringBuilder();
		Matcher paragraphs = PARAGRAPH.matcher(documentXml);
		while (paragraphs.find()) {
			String p = paragraphs.group();
			Matcher style = STYLE.matcher(p);
			StringBuilder text = new StringBuilder();
			Matcher runs = TEXT.matcher(p);
			while (runs.find()) {
				text.append((runs.group(1) != null) ? runs.group(1) : "⇥");
			}
			out.append(style.find() ? style.group(1) : "Normal")
				.append(p.contains("<w:numPr>") ? "|bullet" : "")
				.append(p.contains("w:val=\"right\"") ? "|right-tab" : "")
				.append('|')
				.append(text)
				.append('\n');
		}
		return out.toString();
	}

	private static String documentXml(byte[] docx) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals("word/document.xml")) {
					return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new IllegalStateException("no word/document.xml");
	}

}
