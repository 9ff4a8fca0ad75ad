package io.tailor.jobs.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdfStreamsTest {

	@Test
	void findsEachStreamWithItsDictionaryButNotTheEndOfOne() {
		byte[] pdf = file(object(1, "<< /Type /XObject /Subtype /Image >>", "abc".getBytes(StandardCharsets.US_ASCII)),
				object(2, "<< /Filter /FlateDecode >>", deflate("BT /F1 9 Tf (x) Tj ET")));
		List<PdfStreams.Stream> streams = new ArrayList<>();
		PdfStreams.visit(pdf, streams::add);
		assertThat(streams).hasSize(2);
		assertThat(streams.get(0).dictionary()).contains("/Image").doesNotContain("/FlateDecode");
		assertThat(streams.get(1).deflated()).isTrue();
		assertThat(pdf[streams.get(0).dataStart()]).isEqualTo((byte) 'a');
		assertThat(new String(pdf, streams.get(1).keyword(), 6, StandardCharsets.US_ASCII)).isEqualTo("stream");
	}

	@Test
	void inflatesAStreamWholeAndSaysItEnded() {
		byte[] pdf = file(object(1, "<< /Filter /FlateDecode >>", deflate("BT /F1 9 Tf (Okafor) Tj ET")));
		StringBuilder text = new StringBuilder();
		PdfStreams.visit(pdf, (stream) -> {
			PdfStreams.Inflated inflated = PdfStreams.inflate(pdf, stream, 1 << 20, (buffer, length) -> {
				text.append(new String(buffer, 0, length, StandardCharsets.ISO_8859_1));
				return true;
			});
			assertThat(inflated).isEqualTo(new PdfStreams.Inflated(26, true));
			return false;
		});
		assertThat(text).hasToString("BT /F1 9 Tf (Okafor) Tj ET");
	}

	@Test
	void stopsPastTheBudgetAndOnDamagedDataAsIncomplete() {
		byte[] big = file(object(1, "<< /Filter /FlateDecode >>", deflate("0".repeat(1 << 20))));
		byte[] damaged = file(
				object(1, "<< /Filter /FlateDecode >>", "not deflate".getBytes(StandardCharsets.US_ASCII)));
		assertThat(first(big, 1000).complete()).isFalse();
		assertThat(first(big, 1000).bytes()).isLessThanOrEqualTo(1000 + (1 << 16));
		assertThat(first(damaged, 1000).complete()).isFalse();
	}

	private static PdfStreams.Inflated first(byte[] pdf, long budget) {
		PdfStreams.Inflated[] result = new PdfStreams.Inflated[1];
		PdfStreams.visit(pdf, (stream) -> {
			result[0] = PdfStreams.inflate(pdf, stream, budget, (buffer, length) -> true);
			return false;
		});
		return result[0];
	}

	private static byte[] file(byte[]... objects) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
		for (byte[] object : objects) {
			out.writeBytes(object);
		}
		out.writeBytes("%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		return out.toByteArray();
	}

	private static byte[] object(int number, String dictionary, byte[] data) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes((number + " 0 obj\n" + dictionary + "\nstream\n").getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(data);
		out.writeBytes("\nendstream\nendobj\n".getBytes(StandardCharsets.US_ASCII));
		return out.toByteArray();
	}

	private static byte[] deflate(String text) {
		byte[] input = text.getBytes(StandardCharsets.US_ASCII);
		Deflater deflater = new Deflater();
		deflater.setInput(input);
		deflater.finish();
		byte[] out = new byte[input.length + 64];
		int n = deflater.deflate(out);
		deflater.end();
		return java.util.Arrays.copyOf(out, n);
	}

}
