package io.tailor.worker.extraction;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * The bytes a PDF's streams decode to, counted against one budget. A stream is decoded as
 * PDFBox decodes it, through PDFBox's filters: each filter named once, in order, with the
 * stream's decode parameters. Every byte any filter writes counts; a filter's output is
 * kept only while the next filter reads it, the last one's is thrown away. The deadline
 * ticks at every write.
 */
final class DecodedBytes {

	private static final Set<COSName> IMAGE_FILTERS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
			COSName.JPX_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION, COSName.JBIG2_DECODE);

	private final long maxBytes;

	private final Deadline deadline;

	private long decoded;

	DecodedBytes(long maxBytes, Deadline deadline) {
		this.maxBytes = maxBytes;
		this.deadline = deadline;
	}

	/** An image, which reading text never decodes. */
	static boolean isImage(COSDictionary dictionary, List<COSName> filters) {
		return COSName.IMAGE.equals(dictionary.getCOSName(COSName.SUBTYPE))
				|| filters.stream().anyMatch(IMAGE_FILTERS::contains);
	}

	/**
	 * The filters before the first image filter: what decodes without an image decoder.
	 */
	static List<COSName> beforeImageFilters(List<COSName> filters) {
		return filters.stream().takeWhile((filter) -> !IMAGE_FILTERS.contains(filter)).toList();
	}

	/**
	 * Decodes {@code encoded} until its filters end; a filter that fails ends the stream
	 * (PDFBox skips it too), and what it wrote stays counted.
	 * @throws UnparseableFileException past the budget
	 */
	void decode(InputStream encoded, List<COSName> filters, COSDictionary parameters) {
		List<COSName> chain = filters.stream().distinct().toList();
		InputStream input = encoded;
		try {
			for (int i = 0; i < chain.size(); i++) {
				Output output = new Output(i < chain.size() - 1);
				FilterFactory.INSTANCE.getFilter(chain.get(i)).decode(input, output, parameters, i);
				input = output.read();
			}
		}
		catch (IOException ex) {
			// A broken stream: decoded as far as it goes.
		}
	}

	private void add(int bytes) {
		this.deadline.tick();
		this.decoded += bytes;
		if (this.decoded > this.maxBytes) {
			throw StreamBudget.tooLarge(this.maxBytes);
		}
	}

	private final class Output extends ByteArrayOutputStream {

		private final boolean kept;

		Output(boolean kept) {
			this.kept = kept;
		}

		@Override
		public void write(int b) {
			add(1);
			if (this.kept) {
				super.write(b);
			}
		}

		@Override
		public void write(byte[] bytes, int offset, int length) {
			add(length);
			if (this.kept) {
				super.write(bytes, offset, length);
			}
		}

		InputStream read() {
			return new ByteArrayInputStream(this.buf, 0, this.count);
		}

	}

}
