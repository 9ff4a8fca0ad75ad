package io.tailor.worker.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Builds the hostile DOCX files of the parser-hardening cases from a real résumé DOCX, in
 * memory: a part replaced, stored uncompressed, or streamed out of a repeated pattern.
 */
public final class HostileFiles {

	/** The start and the end of a {@code word/document.xml}; the body goes in between. */
	public static final String DOCUMENT_START = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
			+ "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";

	public static final String DOCUMENT_END = "</w:body></w:document>";

	private static final List<String> LINES = List.of("Ada Example", "Senior Engineer, Northwind");

	private HostileFiles() {
	}

	/** A résumé DOCX with one part replaced (or added), compressed as usual. */
	public static byte[] docxWith(String part, String content) {
		Map<String, byte[]> parts = resumeParts();
		parts.put(part, content.getBytes(StandardCharsets.UTF_8));
		return write(parts, null, (zip) -> {
		});
	}

	/**
	 * A résumé DOCX with one part replaced and stored without compression, so POI's
	 * inflate ratio check has nothing to say about it.
	 */
	public static byte[] docxStored(String part, String content) {
		Map<String, byte[]> parts = resumeParts();
		parts.put(part, content.getBytes(StandardCharsets.UTF_8));
		return write(parts, part, (zip) -> {
		});
	}

	/**
	 * A DOCX whose {@code word/document.xml} is one paragraph of {@code expandedBytes}
	 * spaces, deflated: a few tens of KB that inflate a thousand times.
	 */
	public static byte[] docxBomb(long expandedBytes) {
		Map<String, byte[]> parts = resumeParts();
		parts.remove("word/document.xml");
		return write(parts, null, (zip) -> {
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write((DOCUMENT_START + "<w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
			byte[] spaces = new byte[1 << 16];
			Arrays.fill(spaces, (byte) ' ');
			for (long written = 0; written < expandedBytes; written += spaces.length) {
				zip.write(spaces);
			}
			zip.write(("</w:t></w:r></w:p>" + DOCUMENT_END).getBytes(StandardCharsets.UTF_8));
		});
	}

	/** A résumé DOCX with {@code count} extra empty parts. */
	public static byte[] docxWithParts(int count) {
		return write(resumeParts(), null, (zip) -> {
			for (int i = 0; i < count; i++) {
				zip.putNextEntry(new ZipEntry("customXml/item" + i + ".xml"));
			}
		});
	}

	/** A body of tables nested {@code depth} deep, a paragraph in the innermost cell. */
	public static String nestedTables(int depth) {
		return DOCUMENT_START + "<w:tbl><w:tr><w:tc>".repeat(depth) + "<w:p/>" + "</w:tc></w:tr></w:tbl>".repeat(depth)
				+ "<w:p/>" + DOCUMENT_END;
	}

	/** The parts of a small résumé DOCX, by name, in order. */
	public static Map<String, byte[]> resumeParts() {
		return parts(ResumeDocuments.docx(LINES));
	}

	private interface Extra {

		void write(ZipOutputStream zip) throws IOException;

	}

	private static byte[] write(Map<String, byte[]> parts, String stored, Extra extra) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> part : parts.entrySet()) {
				zip.putNextEntry(entry(part.getKey(), part.getValue(), part.getKey().equals(stored)));
				zip.write(part.getValue());
			}
			extra.write(zip);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static ZipEntry entry(String name, byte[] content, boolean stored) {
		ZipEntry entry = new ZipEntry(name);
		if (stored) {
			CRC32 crc = new CRC32();
			crc.update(content);
			entry.setMethod(ZipEntry.STORED);
			entry.setSize(content.length);
			entry.setCompressedSize(content.length);
			entry.setCrc(crc.getValue());
		}
		return entry;
	}

	/** The parts of a DOCX (any ZIP), by name, in order. */
	public static Map<String, byte[]> parts(byte[] docx) {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				parts.put(entry.getName(), zip.readAllBytes());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return parts;
	}

	/** A ZIP of the given parts, deflated, in order. */
	public static byte[] zip(Map<String, byte[]> parts) {
		return write(parts, null, (zip) -> {
		});
	}

}
