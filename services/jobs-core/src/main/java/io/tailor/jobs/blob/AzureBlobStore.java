package io.tailor.jobs.blob;

import com.azure.core.util.BinaryData;
import java.time.Instant;
import java.util.List;

import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.models.BlobErrorCode;
import com.azure.storage.blob.models.BlobHttpHeaders;
import com.azure.storage.blob.models.BlobItem;
import com.azure.storage.blob.models.ListBlobsOptions;
import com.azure.storage.blob.models.BlobStorageException;
import com.azure.storage.blob.options.BlobParallelUploadOptions;

/** Blobs in one Azure Blob Storage container (Azurite locally). */
public class AzureBlobStore implements BlobStore {

	private final BlobContainerClient container;

	public AzureBlobStore(BlobContainerClient container) {
		this.container = container;
	}

	@Override
	public void put(String key, byte[] content, String contentType) {
		BlobParallelUploadOptions options = new BlobParallelUploadOptions(BinaryData.fromBytes(content))
			.setHeaders(new BlobHttpHeaders().setContentType(contentType));
		this.container.getBlobClient(BlobKeys.requireValid(key)).uploadWithResponse(options, null, null);
	}

	@Override
	public byte[] get(String key) {
		try {
			return this.container.getBlobClient(BlobKeys.requireValid(key)).downloadContent().toBytes();
		}
		catch (BlobStorageException ex) {
			if (BlobErrorCode.BLOB_NOT_FOUND.equals(ex.getErrorCode())) {
				throw new BlobNotFoundException(key);
			}
			throw ex;
		}
	}

	@Override
	public void delete(String key) {
		this.container.getBlobClient(BlobKeys.requireValid(key)).deleteIfExists();
	}

	@Override
	public List<String> keysOlderThan(String prefix, Instant before) {
		return this.container.listBlobs(new ListBlobsOptions().setPrefix(prefix), null)
			.stream()
			.filter((blob) -> blob.getProperties().getLastModified().toInstant().isBefore(before))
			.map(BlobItem::getName)
			.sorted()
			.toList();
	}

	@Override
	public boolean isAvailable() {
		try {
			return this.container.exists();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
