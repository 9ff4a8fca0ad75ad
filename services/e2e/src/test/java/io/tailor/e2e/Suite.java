package io.tailor.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.tailor.api.ApiApplication;
import io.tailor.jobs.testing.TestDatabase;
import io.tailor.scoring.ScoringApplication;
import io.tailor.worker.WorkerApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The three services started in this JVM on free ports, on built-in defaults: the real
 * PostgreSQL (a fresh schema), blobs in a temporary directory, the PostgreSQL queue and
 * the offline tailor. Each exports its spans to one in-memory exporter.
 */
final class Suite implements AutoCloseable {

	final InMemorySpanExporter spans = InMemorySpanExporter.create();

	/**
	 * One JVM holds the api's classpath too: Spring Security and the database must not
	 * switch on in services that, deployed alone, do not have them.
	 */
	private static final String SECURITY = String.join(",",
			"org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
			"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
			"org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
			"org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration",
			"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
			"org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration");

	private static final String DATABASE = String.join(",",
			"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
			"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration");

	private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

	/** The services' database. */
	final TestDatabase db;

	final int apiPort;

	final int scoringPort;

	/** The worker's port, where its actuator answers too. */
	final int workerPort;

	/** The suite, the worker started with {@code workerArgs} besides its defaults. */
	Suite(String... workerArgs) {
		TestDatabase db = TestDatabase.freshSchema();
		this.db = db;
		List<String> common = List.of("--server.port=0",
				"--management.opentelemetry.tracing.export.schedule-delay=50ms");
		List<String> stores = List.of("--spring.datasource.url=" + db.url(),
				"--spring.datasource.username=" + db.user(), "--spring.datasource.password=" + db.password(),
				"--tailor.blob.filesystem.root=" + tempDir());
		this.scoringPort = port(start(ScoringApplication.application(), common, "--tailor.embedding.intra-op-threads=2",
				"--spring.autoconfigure.exclude=" + SECURITY + "," + DATABASE));
		this.apiPort = port(
				start(ApiApplication.application(), common, concat(stores, "--spring.profiles.active=local")));
		List<String> worker = new ArrayList<>(List.of(concat(stores, "--spring.autoconfigure.exclude=" + SECURITY,
				"--tailor.scoring.url=http://localhost:" + this.scoringPort, "--tailor.worker.poll-interval=100ms")));
		worker.addAll(List.of(workerArgs));
		this.workerPort = port(start(WorkerApplication.application(), common, worker.toArray(String[]::new)));
	}

	private static String[] concat(List<String> first, String... more) {
		List<String> all = new ArrayList<>(first);
		all.addAll(List.of(more));
		return all.toArray(String[]::new);
	}

	private ConfigurableApplicationContext start(SpringApplication application, List<String> shared, String... own) {
		application.addInitializers((context) -> context.getBeanFactory()
			.registerSingleton("inMemorySpanExporter", (SpanExporter) this.spans));
		List<String> args = new ArrayList<>(shared);
		args.addAll(List.of(own));
		ConfigurableApplicationContext context = application.run(args.toArray(String[]::new));
		this.contexts.add(context);
		return context;
	}

	private static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	private static String tempDir() {
		try {
			return Files.createTempDirectory("tailor-e2e-blobs").toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		for (int i = this.contexts.size() - 1; i >= 0; i--) {
			this.contexts.get(i).close();
		}
	}

}
