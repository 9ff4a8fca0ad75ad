package io.tailor.worker.extraction;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * Encodes data through a chain of PDF filters, as a writer would for a stream whose
 * {@code /Filter} names them in decoding order; LZW and run-length written here, with
 * PDFBox's default LZW parameters, because PDFBox's own LZW encoder takes seconds a
 * megabyte.
 */
final class Encodings {

	private Encodings() {
	}

	/** {@code prefix}, then spaces, {@code size} bytes in all. */
	static InputStream spaces(String prefix, long size) {
		byte[] head = prefix.getBytes(StandardCharsets.US_ASCII);
		InputStream tail = new InputStream() {

			private long left = size - head.length;

			@Override
			public int read() {
				return (this.left-- > 0) ? ' ' : -1;
			}

			@Override
			public int read(byte[] bytes, int offset, int length) {
				if (this.left <= 0) {
					return -1;
				}
				int n = (int) Math.min(length, this.left);
				Arrays.fill(bytes, offset, offset + n, (byte) ' ');
				this.left -= n;
				return n;
			}

		};
		return new SequenceInputStream(new ByteArrayInputStream(head), tail);
	}

	/**
	 * The data encoded so that decoding it through {@code filters}, in order, gives it
	 * back.
	 */
	static byte[] encode(List<String> filters, InputStream data) throws IOException {
		InputStream input = data;
		byte[] encoded = null;
		for (int i = filters.size() - 1; i >= 0; i--) {
			ByteArrayOutputStream output = new ByteArrayOutputStream();
			encode(filters.get(i), new BufferedInputStream(input), output);
			encoded = output.toByteArray();
			input = new ByteArrayInputStream(encoded);
		}
		return encoded;
	}

	private static void encode(String filter, InputStream input, OutputStream output) throws IOException {
		switch (filter) {
			case "FlateDecode" -> {
				try (DeflaterOutputStream deflated = new DeflaterOutputStream(output)) {
					input.transferTo(deflated);
				}
			}
			case "ASCIIHexDecode" -> output
				.write((HexFormat.of().formatHex(input.readAllBytes()) + ">").getBytes(StandardCharsets.US_ASCII));
			case "ASCII85Decode" ->
				FilterFactory.INSTANCE.getFilter(COSName.ASCII85_DECODE).encode(input, output, new COSDictionary(), 0);
			case "RunLengthDecode" -> runLength(input, output);
			case "LZWDecode" -> lzw(input, output);
			default -> throw new IllegalArgumentException(filter);
		}
	}

	/** Runs of up to 128 equal bytes as two bytes, other bytes one at a time. */
	private static void runLength(InputStream input, OutputStream output) throws IOException {
		int b = input.read();
		while (b >= 0) {
			int run = 1;
			int next = input.read();
			while (next == b && run < 128) {
				run++;
				next = input.read();
			}
			output.write((run > 1) ? 257 - run : 0);
			output.write(b);
			b = next;
		}
		output.write(128);
	}

	/**
	 * LZW with early change, as PDFBox decodes it: a code read while its table holds
	 * {@code t} entries is 9 to 12 bits wide as {@code t + 1} passes 512, 1024, 2048; the
	 * table is cleared before it fills.
	 */
	private static void lzw(InputStream input, OutputStream output) throws IOException {
		Bits bits = new Bits(output);
		int[] table = new int[4096 * 256];
		int size = 258;
		int prefix = input.read();
		for (int b = input.read(); b >= 0; b = input.read()) {
			int code = table[prefix * 256 + b];
			if (code != 0) {
				prefix = code;
				continue;
			}
			bits.write(prefix, width(size - 1));
			table[prefix * 256 + b] = size++;
			prefix = b;
			if (size == 4000) {
				bits.write(256, width(size - 1));
				Arrays.fill(table, 0);
				size = 258;
			}
		}
		if (prefix >= 0) {
			bits.write(prefix, width(size - 1));
			size++;
		}
		bits.write(257, width(size - 1));
		bits.flush();
	}

	private static int width(int entries) {
		int next = entries + 1;
		return (next >= 2048) ? 12 : (next >= 1024) ? 11 : (next >= 512) ? 10 : 9;
	}

	private static final class Bits {

		private final OutputStream output;

		private long buffer;

		private int count;

		Bits(OutputStream output) {
			this.output = output;
		}

		void write(int code, int width) throws IOException {
			this.buffer = (this.buffer << width) | code;
			this.count += width;
			while (this.count >= 8) {
				this.output.write((int) (this.buffer >>> (this.count - 8)) & 0xFF);
				this.count -= 8;
			}
		}

		void flush() throws IOException {
			if (this.count > 0) {
				write(0, 8 - this.count);
			}
		}

	}

}
