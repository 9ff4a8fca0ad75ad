package io.tailor.jobs.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.awaitility.Awaitility.await;

/**
 * One Azurite blob server per test JVM, started from the copy that {@code make test}
 * installs under {@code ops/local}, in memory, telemetry off.
 */
public final class Azurite {

	private static final String ACCOUNT = "devstoreaccount1";

	private static final String KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

	private static Azurite instance;

	private final int port;

	private Azurite(int port) {
		this.port = port;
	}

	public static synchronized Azurite get() {
		if (instance == null) {
			instance = start();
		}
		return instance;
	}

	public String connectionString() {
		return "DefaultEndpointsProtocol=http;AccountName=" + ACCOUNT + ";AccountKey=" + KEY
				+ ";BlobEndpoint=http://127.0.0.1:" + this.port + "/" + ACCOUNT + ";";
	}

	private static Azurite start() {
		Path bin = Path.of(System.getProperty("tailor.repo.root", "../.."), "ops/local/node_modules/.bin/azurite-blob");
		if (!Files.isExecutable(bin)) {
			throw new IllegalStateException(
					"Azurite is not installed at " + bin + ": run `make test`, or `npm ci --prefix ops/local`");
		}
		int port = freePort();
		try {
			Process process = new ProcessBuilder(bin.toString(), "--blobHost", "127.0.0.1", "--blobPort",
					String.valueOf(port), "--inMemoryPersistence", "--disableTelemetry", "--skipApiVersionCheck",
					"--loose", "--silent")
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
			awaitPort(port);
			return new Azurite(port);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void awaitPort(int port) {
		await("Azurite listening on port " + port).atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.ignoreExceptions()
			.until(() -> {
				try (Socket socket = new Socket("127.0.0.1", port)) {
					return socket.isConnected();
				}
			});
	}

}
