package io.tailor.api.job;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextlessPdfTest {

	@Test
	void aScanSavedWithObjectStreamsHasNoText() throws IOException {
		assertThat(TextlessPdf.certain(pdf(false, CompressParameters.DEFAULT_COMPRESSION, false))).isTrue();
	}

	@Test
	void aScanSavedWithoutObjectStreamsHasNoText() throws IOException {
		assertThat(TextlessPdf.certain(pdf(false, CompressParameters.NO_COMPRESSION, false))).isTrue();
	}

	@Test
	void textWhoseFontIsPackedInAnObjectStreamIsFound() throws IOException {
		byte[] pdf = pdf(true, CompressParameters.DEFAULT_COMPRESSION, false);
		assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).doesNotContain("/Font").contains("/ObjStm");
		assertThat(TextlessPdf.certain(pdf)).isFalse();
	}

	@Test
	void textWithItsFontWrittenPlainIsFound() throws IOException {
		assertThat(TextlessPdf.certain(pdf(true, CompressParameters.NO_COMPRESSION, false))).isFalse();
	}

	@Test
	void aFontNameWrittenWithEscapesIsFound() throws IOException {
		String text = new String(pdf(true, CompressParameters.NO_COMPRESSION, false), StandardCharsets.ISO_8859_1);
		byte[] escaped = text.replace("/Font", "/F#6fn#74").getBytes(StandardCharsets.ISO_8859_1);
		assertThat(new String(escaped, StandardCharsets.ISO_8859_1)).doesNotContain("/Font");
		assertThat(TextlessPdf.certain(escaped)).isFalse();
	}

	@Test
	void anObjectStreamWithAPredictorMayHideAFontSoItIsLeftToTheWorker() throws IOException {
		String text = new String(pdf(false, CompressParameters.DEFAULT_COMPRESSION, false),
				StandardCharsets.ISO_8859_1);
		byte[] predicted = text.replace("/Type /ObjStm", "/Type /ObjStm /DecodeParms << /Predictor 12 /Columns 4 >>")
			.getBytes(StandardCharsets.ISO_8859_1);
		assertThat(new String(predicted, StandardCharsets.ISO_8859_1)).contains("/Predictor");
		assertThat(TextlessPdf.certain(predicted)).isFalse();
	}

	@Test
	void anEncryptedScanMayHaveTextSoItIsLeftToTheWorker() throws IOException {
		assertThat(TextlessPdf.certain(pdf(false, CompressParameters.DEFAULT_COMPRESSION, true))).isFalse();
	}

	@Test
	void aDamagedObjectStreamMayHideAFontSoItIsLeftToTheWorker() throws IOException {
		byte[] pdf = pdf(false, CompressParameters.DEFAULT_COMPRESSION, false);
		String text = new String(pdf, StandardCharsets.ISO_8859_1);
		int data = text.indexOf("stream", text.indexOf("/ObjStm")) + "stream\r\n".length();
		Arrays.fill(pdf, data + 2, Math.min(pdf.length, data + 40), (byte) 0x5A);
		assertThat(TextlessPdf.certain(pdf)).isFalse();
	}

	@Test
	void anObjectStreamPastTheBudgetIsNotReadToTheEnd() {
		byte[] zeros = new byte[(int) TextlessPdf.BUDGET + (1 << 20)];
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
		deflater.setInput(zeros);
		deflater.finish();
		byte[] deflated = new byte[zeros.length / 100];
		int length = deflater.deflate(deflated);
		deflater.end();
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		file.writeBytes(("%PDF-1.7\n1 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length " + length
				+ " >>\nstream\n")
			.getBytes(StandardCharsets.US_ASCII));
		file.write(deflated, 0, length);
		file.writeBytes("\nendstream\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		assertThat(TextlessPdf.certain(file.toByteArray())).isFalse();
	}

	static byte[] pdf(boolean text, CompressParameters compression, boolean encrypted) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_BYTE_GRAY);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.drawImage(LosslessFactory.createFromImage(document, scan), 0, 0, 595, 842);
				if (text) {
					content.beginText();
					content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
					content.newLineAtOffset(72, 760);
					content.showText("Marisol Okafor, RN");
					content.endText();
				}
			}
			if (encrypted) {
				document.protect(new StandardProtectionPolicy("owner", "", new AccessPermission()));
			}
			document.save(out, compression);
			return out.toByteArray();
		}
	}

}
