package io.tailor.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.tailor.api.testing.ApiClient;
import tools.jackson.databind.JsonNode;

import static org.awaitility.Awaitility.await;

/**
 * The services as separate processes from their built jars, the way make run starts them.
 */
final class Services {

	private static final Path ROOT = Path.of(System.getProperty("tailor.repo.root", "../.."));

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private Services() {
	}

	/** Starts a service's executable jar on a free port and waits until it is ready. */
	static Running start(String service, Path logDir, List<String> args) {
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(java(), "-Xmx384m", "-XX:+UseSerialGC",
				"-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED", "-jar", jar(service).toString(),
				"--server.port=" + port, "--management.server.port=" + freePort()));
		command.addAll(args);
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(logDir.resolve(service + ".log").toFile()))
				.start();
			Running running = new Running(service, port, process);
			running.awaitReady(Duration.ofSeconds(120));
			return running;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path jar(String service) {
		String copies = System.getProperty("tailor.jars");
		Path dir = (copies != null) ? Path.of(copies) : ROOT.resolve("services").resolve(service).resolve("target");
		try (var files = Files.list(dir)) {
			return files.filter((f) -> f.getFileName().toString().startsWith(service + "-"))
				.filter((f) -> f.getFileName().toString().endsWith("-exec.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("Build " + service + " first: ./mvnw package"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String java() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A started service. */
	record Running(String service, int port, Process process) {

		void awaitReady(Duration timeout) {
			await(this.service + " ready").atMost(timeout)
				.pollInterval(Duration.ofMillis(50))
				.failFast(this.service + " exited; see its log", () -> !this.process.isAlive())
				.until(this::ready);
		}

		/** SIGKILL: no shutdown hook, no graceful stop. */
		void kill() {
			this.process.destroyForcibly();
			try {
				this.process.waitFor();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

		private boolean ready() {
			try {
				HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/readyz"))
					.build();
				return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
			}
			catch (IOException ex) {
				return false;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}

	}

	/** The job once it is final; fails when it is not final within 60 s. */
	static JsonNode awaitFinal(ApiClient api, String token, String id) {
		return await("job " + id + " final").atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> api.get(token, "/v1/jobs/" + id).json(),
					(job) -> job.get("status").asString().matches("SUCCEEDED|FAILED|CANCELLED"));
	}

}
