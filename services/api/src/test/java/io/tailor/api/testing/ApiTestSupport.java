package io.tailor.api.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import io.tailor.jobs.testing.TestDatabase;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a test api at a fresh schema on the real PostgreSQL and a temporary blob
 * directory; each with a pool of 4 connections, so that the contexts Spring's test cache
 * keeps open stay within the server's 100.
 */
public final class ApiTestSupport {

	private ApiTestSupport() {
	}

	public static TestDatabase register(DynamicPropertyRegistry registry) {
		TestDatabase db = TestDatabase.freshSchema();
		registry.add("spring.datasource.url", db::url);
		registry.add("spring.datasource.username", db::user);
		registry.add("spring.datasource.password", db::password);
		registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
		registry.add("tailor.blob.filesystem.root", ApiTestSupport::tempDir);
		return db;
	}

	private static String tempDir() {
		try {
			return Files.createTempDirectory("tailor-blobs").toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
