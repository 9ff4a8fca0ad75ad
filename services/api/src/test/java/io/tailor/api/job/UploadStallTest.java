package io.tailor.api.job;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import io.tailor.api.testing.ApiClient;
import io.tailor.api.testing.ApiTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #18's stall: a DOCX of a few MB whose first entry inflates to gigabytes, uploaded
 * twice at once and again as soon as each answer comes, while readiness is probed every
 * 10 ms. The type check reads the ZIP's central directory, so the uploads cost what any
 * upload of their size costs and readiness answers as it does at rest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=api", "tailor.submission.rate-limit.submissions=10000" })
@ActiveProfiles("local")
class UploadStallTest {

	/** 3.5 GiB of zeros, deflated: 3.4 MB, under the 5 MB upload limit. */
	private static final int INFLATED_MEGABYTES = 3_500;

	private static final Duration RUN = Duration.ofSeconds(8);

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		ApiTestSupport.register(registry);
	}

	@Test
	void twoBombUploadsAtOnceLeaveReadinessP99Under200Ms() throws Exception {
		ApiClient api = new ApiClient("http://localhost:" + this.port);
		byte[] bomb = docxInflatingTo(INFLATED_MEGABYTES);
		assertThat(bomb.length).isLessThan(5 << 20);
		List<String> tokens = List.of(api.token("stall-a"), api.token("stall-b"));
		for (int i = 0; i < 20; i++) {
			api.get(null, "/readyz");
			api.submit(tokens.get(i % 2), bomb, "cv.docx", "Java engineer", null);
		}
		List<Long> atRest = probeReadiness(api, System.nanoTime() + Duration.ofSeconds(2).toNanos());
		List<Long> uploads = Collections.synchronizedList(new ArrayList<>());
		long end = System.nanoTime() + RUN.toNanos();
		try (ExecutorService uploaders = Executors.newFixedThreadPool(2)) {
			List<Future<?>> running = tokens.stream().<Future<?>>map((token) -> uploaders.submit(() -> {
				while (System.nanoTime() < end) {
					long start = System.nanoTime();
					assertThat(api.submit(token, bomb, "cv.docx", "Java engineer", null).status()).isEqualTo(202);
					uploads.add((System.nanoTime() - start) / 1_000_000);
				}
			})).toList();
			List<Long> probes = probeReadiness(api, end);
			for (Future<?> upload : running) {
				upload.get();
			}
			long p99 = percentile(probes, 0.99);
			System.out.printf(
					"readiness while two bomb uploads ran (%d KB each, %d MB inflated): %d probes, p50 %d ms, p99 %d ms,"
							+ " max %d ms; %d uploads, p50 %d ms, max %d ms; at rest: p50 %d ms, p99 %d ms%n",
					bomb.length >> 10, INFLATED_MEGABYTES, probes.size(), percentile(probes, 0.5), p99,
					Collections.max(probes), uploads.size(), percentile(uploads, 0.5), Collections.max(uploads),
					percentile(atRest, 0.5), percentile(atRest, 0.99));
			assertThat(uploads).hasSizeGreaterThan(2);
			assertThat(p99).isLessThan(200);
		}
	}

	private static List<Long> probeReadiness(ApiClient api, long end) throws InterruptedException {
		List<Long> probes = new ArrayList<>();
		while (System.nanoTime() < end) {
			long start = System.nanoTime();
			assertThat(api.get(null, "/readyz").status()).isEqualTo(200);
			probes.add((System.nanoTime() - start) / 1_000_000);
			Thread.sleep(10);
		}
		return probes;
	}

	private static long percentile(List<Long> values, double fraction) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(fraction * sorted.size()) - 1));
	}

	/**
	 * A ZIP whose first entry is {@code megabytes} MB of zeros, deflated as one
	 * megabyte's block repeated (each refers only to the zeros before it), then
	 * {@code word/document.xml}.
	 */
	private static byte[] docxInflatingTo(int megabytes) {
		byte[] zeros = new byte[1 << 20];
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
		byte[] first = deflateFlushed(deflater, zeros);
		byte[] block = deflateFlushed(deflater, zeros);
		deflater.finish();
		byte[] last = deflateFlushed(deflater, new byte[0]);
		deflater.end();
		ByteArrayOutputStream data = new ByteArrayOutputStream();
		data.writeBytes(first);
		for (int i = 1; i < megabytes; i++) {
			data.writeBytes(block);
		}
		data.writeBytes(last);
		CRC32 crc = new CRC32();
		for (int i = 0; i < megabytes; i++) {
			crc.update(zeros);
		}
		Zip zip = new Zip();
		zip.entry("word/media/padding.bin", data.toByteArray(), crc.getValue(), (long) megabytes << 20);
		byte[] document = "<w:document/>".getBytes(StandardCharsets.UTF_8);
		CRC32 documentCrc = new CRC32();
		documentCrc.update(document);
		zip.stored("word/document.xml", document, documentCrc.getValue());
		return zip.finish();
	}

	private static byte[] deflateFlushed(Deflater deflater, byte[] input) {
		deflater.setInput(input);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[1 << 16];
		int n;
		do {
			n = deflater.deflate(buffer, 0, buffer.length,
					deflater.finished() ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
			out.write(buffer, 0, n);
		}
		while (n == buffer.length || !deflater.needsInput());
		return out.toByteArray();
	}

	/**
	 * A ZIP archive written by hand, so that an entry's deflated data can be any bytes.
	 */
	private static final class Zip {

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		private final ByteArrayOutputStream directory = new ByteArrayOutputStream();

		private int entries;

		void entry(String name, byte[] deflated, long crc, long size) {
			write(name, 8, deflated, crc, size);
		}

		void stored(String name, byte[] content, long crc) {
			write(name, 0, content, crc, content.length);
		}

		private void write(String name, int method, byte[] data, long crc, long size) {
			byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
			int offset = this.out.size();
			this.out.writeBytes(header(0x04034b50, 30, method, crc, data.length, size, nameBytes.length).array());
			this.out.writeBytes(nameBytes);
			this.out.writeBytes(data);
			ByteBuffer central = header(0x02014b50, 46, method, crc, data.length, size, nameBytes.length);
			central.putInt(42, offset);
			this.directory.writeBytes(central.array());
			this.directory.writeBytes(nameBytes);
			this.entries++;
		}

		/**
		 * A local (30 bytes) or central (46 bytes) header; fields as the format places
		 * them.
		 */
		private static ByteBuffer header(int signature, int length, int method, long crc, long compressed, long size,
				int nameLength) {
			boolean central = length == 46;
			int shift = central ? 2 : 0;
			ByteBuffer header = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
			header.putInt(0, signature);
			if (central) {
				header.putShort(4, (short) 20);
			}
			header.putShort(4 + shift, (short) 20);
			header.putShort(8 + shift, (short) method);
			header.putInt(14 + shift, (int) crc);
			header.putInt(18 + shift, (int) compressed);
			header.putInt(22 + shift, (int) size);
			header.putShort(26 + shift, (short) nameLength);
			return header;
		}

		byte[] finish() {
			int start = this.out.size();
			this.out.writeBytes(this.directory.toByteArray());
			ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
			end.putInt(0, 0x06054b50);
			end.putShort(8, (short) this.entries);
			end.putShort(10, (short) this.entries);
			end.putInt(12, this.directory.size());
			end.putInt(16, start);
			this.out.writeBytes(end.array());
			return this.out.toByteArray();
		}

	}

}
