package io.tailor.jobs.testing;

import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A schema of its own, migrated, on the real PostgreSQL server that {@code make test}
 * prepares (or the one {@code TAILOR_TEST_DATABASE_URL} names).
 */
public record TestDatabase(String url, String user, String password, String schema) {

	public static TestDatabase freshSchema() {
		String base = env("TAILOR_TEST_DATABASE_URL", "jdbc:postgresql://localhost:5432/tailor_test");
		String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
		String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
		TestDatabase db = new TestDatabase(url, env("TAILOR_TEST_DATABASE_USER", "tailor"),
				env("TAILOR_TEST_DATABASE_PASSWORD", "tailor"), schema);
		Flyway.configure().dataSource(db.dataSource()).schemas(schema).createSchemas(true).load().migrate();
		return db;
	}

	public DataSource dataSource() {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setURL(this.url);
		dataSource.setUser(this.user);
		dataSource.setPassword(this.password);
		return dataSource;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
