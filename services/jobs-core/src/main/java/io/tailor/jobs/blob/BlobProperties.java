package io.tailor.jobs.blob;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Which blob adapter runs ({@code filesystem} or {@code azure}) and where it stores. */
@ConfigurationProperties("tailor.blob")
public record BlobProperties(@DefaultValue("filesystem") String type, @DefaultValue Filesystem filesystem,
		@DefaultValue Azure azure) {

	/** Files under a local directory. */
	public record Filesystem(@DefaultValue("var/blobs") Path root) {
	}

	/**
	 * An Azure Blob container, reached with Entra ID through the endpoint, or with a
	 * connection string (Azurite) when one is given.
	 */
	public record Azure(String endpoint, @DefaultValue("resumes") String container, String connectionString) {
	}

}
