package io.tailor.jobs.blob;

import java.time.Instant;
import java.util.List;

/**
 * Stores files under keys the application generates. Keys are made of letters, digits,
 * {@code -} and {@code /}; adapters refuse any other key.
 */
public interface BlobStore {

	void put(String key, byte[] content, String contentType);

	/**
	 * @throws BlobNotFoundException when nothing is stored under the key
	 */
	byte[] get(String key);

	/** Deletes the file if it exists. */
	void delete(String key);

	/**
	 * The keys under {@code prefix} last written before {@code before}; for sweeping
	 * orphans.
	 */
	List<String> keysOlderThan(String prefix, Instant before);

	/** Whether the store answers now; used by readiness checks. */
	boolean isAvailable();

}
