package io.tailor.jobs.blob;

import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import io.tailor.jobs.testing.Azurite;
import org.junit.jupiter.api.BeforeAll;

/** The Azure adapter against Azurite, through the real azure-storage-blob SDK. */
class AzureBlobStoreTest extends BlobStoreContract {

	private static BlobContainerClient container;

	@BeforeAll
	static void createContainer() {
		container = new BlobServiceClientBuilder().connectionString(Azurite.get().connectionString())
			.buildClient()
			.getBlobContainerClient("resumes");
		container.createIfNotExists();
	}

	@Override
	protected BlobStore store() {
		return new AzureBlobStore(container);
	}

}
