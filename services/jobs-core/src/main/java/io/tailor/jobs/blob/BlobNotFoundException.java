package io.tailor.jobs.blob;

/** Nothing is stored under the key asked for. */
public class BlobNotFoundException extends RuntimeException {

	public BlobNotFoundException(String key) {
		super("No blob under key " + key);
	}

}
