package io.tailor.jobs.blob;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

class FileSystemBlobStoreTest extends BlobStoreContract {

	@TempDir
	Path root;

	@Override
	protected BlobStore store() {
		return new FileSystemBlobStore(this.root);
	}

}
