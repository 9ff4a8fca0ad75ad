package io.tailor.scoring.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code make bench}, service part: p50/p95 of {@code POST /v1/match} for a two-page
 * résumé against a running scoring service, then its steady resident memory after
 * concurrent load, read from {@code /proc/<pid>/status}.
 */
final class ServiceBench {

	private static final int WARM_UP = 15;

	private static final int MEASURED = 60;

	private ServiceBench() {
	}

	static void run(Path root, String url, long pid) throws Exception {
		String body = JsonMapper.builder()
			.build()
			.writeValueAsString(Map.of("resume",
					Files.readString(root.resolve("evals/scoring/bench/two-page-resume.md")), "jobDescription",
					Files.readString(root.resolve("evals/samples/jobs/senior-backend-engineer-java-azure.txt"))));
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/v1/match"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		for (int i = 0; i < WARM_UP; i++) {
			send(http, request);
		}
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < MEASURED; i++) {
			long start = System.nanoTime();
			send(http, request);
			millis.add((System.nanoTime() - start) / 1e6);
		}
		Collections.sort(millis);
		Bench.print("score-match, two-page résumé",
				String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms (%d sequential)", millis.get(MEASURED / 2),
						millis.get((int) Math.ceil(MEASURED * 0.95) - 1), MEASURED));
		long start = System.nanoTime();
		try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < 64; i++) {
				callers.submit(() -> send(http, request));
			}
		}
		Bench.print("score-match, 8-way concurrent",
				String.format(Locale.ROOT, "%.1f matches/s (64 requests)", 64 / ((System.nanoTime() - start) / 1e9)));
		Thread.sleep(2_000);
		Bench.print("scoring service RSS", status(pid, "VmRSS") + " steady, peak " + status(pid, "VmHWM")
				+ " (java -Xmx512m -XX:+UseSerialGC, as ops/local/run.sh)");
	}

	private static String send(HttpClient http, HttpRequest request) throws Exception {
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("match answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	private static String status(long pid, String field) throws Exception {
		return Files.readAllLines(Path.of("/proc/" + pid + "/status"))
			.stream()
			.filter((l) -> l.startsWith(field + ":"))
			.map((l) -> l.substring(field.length() + 1).strip())
			.findFirst()
			.orElse("?");
	}

}
