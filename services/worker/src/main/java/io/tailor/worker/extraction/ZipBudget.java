package io.tailor.worker.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipInputStream;

/**
 * Refuses a DOCX whose parts unzip to more than a budget, counting as it inflates with a
 * small buffer, before POI opens it: POI holds every part in memory, and its own limits
 * ({@link DocxText}) judge one part at a time.
 */
final class ZipBudget {

	private ZipBudget() {
	}

	static void check(byte[] content, long maxBytes, Deadline deadline) {
		byte[] buffer = new byte[8192];
		long total = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			while (zip.getNextEntry() != null) {
				for (int read = zip.read(buffer); read >= 0; read = zip.read(buffer)) {
					deadline.tick();
					total += read;
					if (total > maxBytes) {
						throw new UnparseableFileException("The DOCX unzips to more than " + (maxBytes >> 20) + " MB",
								null);
					}
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new UnparseableFileException("The file is not a readable DOCX document", ex);
		}
	}

}
