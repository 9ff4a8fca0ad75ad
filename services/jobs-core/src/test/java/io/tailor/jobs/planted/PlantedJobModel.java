package io.tailor.jobs.planted;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A test-only "domain" class that runs SQL itself, so that the JDBC rule is seen to catch
 * it.
 */
final class PlantedJobModel {

	JdbcClient jdbc;

}
