package io.tailor.worker.extraction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import io.tailor.jobs.job.ResumeFormat;
import io.tailor.worker.testing.HostileFiles;
import io.tailor.worker.testing.ResumeDocuments;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reliability case B10, as a deterministic regression: real résumé files with bytes
 * changed, cut, repeated, dropped and numbers blown up (fixed seed, 100 inputs a format)
 * give text or a refusal, never another exception, each well inside the time limit.
 */
class ExtractorFuzzTest {

	private static final int INPUTS = 100;

	private static final Duration LIMIT = Duration.ofSeconds(1);

	private static final List<String> LINES = List.of("Ada Example", "## Experience",
			"Senior Engineer, Northwind 2020 - Present", "- Built payment APIs in Java", "## Education",
			"BSc Computer Science, TU Berlin 2016");

	private final TextExtractor extractor = new TextExtractor(
			new ExtractionLimits(LIMIT, 50, 200_000, ExtractionLimits.DEFAULTS.maxDecompressedBytes()));

	@Test
	void mutatedPdfsGiveTextOrARefusalInTime() {
		byte[] pdf = ResumeDocuments.pdf(LINES);
		List<byte[]> seeds = List.of(pdf, plainObjects(pdf),
				ResumeDocuments.pdfTwoColumns(LINES.subList(0, 1), LINES.subList(1, 4), LINES.subList(3, 6)));
		Random random = new Random(20261122);
		fuzz(ResumeFormat.PDF, () -> mutate(seeds.get(random.nextInt(seeds.size())), random));
	}

	@Test
	void mutatedDocxFilesGiveTextOrARefusalInTime() {
		byte[] docx = ResumeDocuments.docx(LINES);
		Random random = new Random(20261123);
		fuzz(ResumeFormat.DOCX, () -> {
			if (random.nextBoolean()) {
				return mutate(docx, random);
			}
			Map<String, byte[]> parts = HostileFiles.parts(docx);
			String part = List.copyOf(parts.keySet()).get(random.nextInt(parts.size()));
			parts.put(part, mutate(parts.get(part), random));
			return HostileFiles.zip(parts);
		});
	}

	private void fuzz(ResumeFormat format, Supplier<byte[]> inputs) {
		List<String> escaped = new ArrayList<>();
		int texts = 0;
		long slowest = 0;
		for (int i = 0; i < INPUTS; i++) {
			byte[] input = inputs.get();
			long start = System.nanoTime();
			try {
				this.extractor.extract(input, format);
				texts++;
			}
			catch (UnparseableFileException ex) {
				// A refusal is an answer.
			}
			catch (RuntimeException | Error ex) {
				escaped.add("input " + i + ": " + ex);
			}
			slowest = Math.max(slowest, System.nanoTime() - start);
		}
		assertThat(escaped).isEmpty();
		assertThat(Duration.ofNanos(slowest)).isLessThan(LIMIT);
		assertThat(texts).isBetween(1, INPUTS - 1);
	}

	/** The same PDF with a classic cross-reference table and no object streams. */
	private static byte[] plainObjects(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.save(out, CompressParameters.NO_COMPRESSION);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] mutate(byte[] seed, Random random) {
		byte[] bytes = seed;
		for (int n = 1 + random.nextInt(3); n > 0 && bytes.length > 0; n--) {
			bytes = switch (random.nextInt(5)) {
				case 0 -> flip(bytes, random);
				case 1 -> Arrays.copyOf(bytes, random.nextInt(bytes.length));
				case 2 -> repeat(bytes, random);
				case 3 -> drop(bytes, random);
				default -> blowUpANumber(bytes, random);
			};
		}
		return bytes;
	}

	private static byte[] flip(byte[] bytes, Random random) {
		byte[] flipped = bytes.clone();
		for (int i = 1 + random.nextInt(8); i > 0 && flipped.length > 0; i--) {
			flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
		}
		return flipped;
	}

	private static byte[] repeat(byte[] bytes, Random random) {
		int from = random.nextInt(bytes.length);
		int length = Math.min(bytes.length - from, 1 + random.nextInt(512));
		int at = random.nextInt(bytes.length);
		byte[] repeated = new byte[bytes.length + length];
		System.arraycopy(bytes, 0, repeated, 0, at);
		System.arraycopy(bytes, from, repeated, at, length);
		System.arraycopy(bytes, at, repeated, at + length, bytes.length - at);
		return repeated;
	}

	private static byte[] drop(byte[] bytes, Random random) {
		int from = random.nextInt(bytes.length);
		int length = Math.min(bytes.length - from, 1 + random.nextInt(512));
		byte[] dropped = new byte[bytes.length - length];
		System.arraycopy(bytes, 0, dropped, 0, from);
		System.arraycopy(bytes, from + length, dropped, from, bytes.length - from - length);
		return dropped;
	}

	private static byte[] blowUpANumber(byte[] bytes, Random random) {
		String text = new String(bytes, StandardCharsets.ISO_8859_1);
		int at = random.nextInt(text.length());
		for (int i = at; i < text.length(); i++) {
			if (Character.isDigit(text.charAt(i))) {
				String huge = List.of("2147483648", "-1", "999999999999", "0").get(random.nextInt(4));
				return (text.substring(0, i) + huge + text.substring(i + 1)).getBytes(StandardCharsets.ISO_8859_1);
			}
		}
		return bytes;
	}

}
