package io.tailor.worker.extraction;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** PDF text in reading order, by position on the page. */
class PdfText {

	String read(byte[] content) {
		try (PDDocument document = Loader.loadPDF(content)) {
			if (document.isEncrypted()) {
				throw new UnparseableFileException("The PDF is encrypted", null);
			}
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			String text = stripper.getText(document);
			if (text.isBlank() && document.getNumberOfPages() > 0) {
				throw new UnparseableFileException("The PDF has no text layer (an image-only scan?)", null);
			}
			return text;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof UnparseableFileException unparseable) {
				throw unparseable;
			}
			throw new UnparseableFileException("The file is not a readable PDF", ex);
		}
	}

}
