package io.tailor.api.system;

import io.tailor.jobs.blob.BlobStore;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Readiness includes the blob store; the database and queue share the datasource check.
 */
@Configuration(proxyBeanMethods = false)
class StoreHealthIndicators {

	@Bean
	HealthIndicator blobStoreHealthIndicator(BlobStore blobs) {
		return () -> blobs.isAvailable() ? Health.up().build() : Health.down().build();
	}

}
