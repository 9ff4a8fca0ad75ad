package io.tailor.worker.extraction;

import java.time.Duration;

/**
 * What reading one file may cost before it is refused as unparseable: time, pages,
 * characters of text, and bytes after decompression (a PDF's streams other than images,
 * decoded; a DOCX's parts, unzipped). The defaults fit any real résumé many times over.
 *
 * @param time wall-clock time, well inside the job lease and half the 20 s a hostile file
 * may hold a job
 * @param maxPages pages of a PDF
 * @param maxCharacters characters of text, hidden ones included
 * @param maxDecompressedBytes all decompressed bytes together; a DOCX's XML is held as a
 * tree about ten times its size, so this also bounds the heap a DOCX takes
 */
public record ExtractionLimits(Duration time, int maxPages, int maxCharacters, long maxDecompressedBytes) {

	public static final ExtractionLimits DEFAULTS = new ExtractionLimits(Duration.ofSeconds(10), 50, 200_000,
			16L << 20);

}
