package io.tailor.worker.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for scoring's {@code /v1/match} that gives every résumé line back as a line
 * of the experience section (the first as contact), so whatever text reaches scoring
 * reaches the tailored résumé; records each request's body.
 */
public final class EchoScoring implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final List<String> requests = new CopyOnWriteArrayList<>();

	public EchoScoring() {
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/v1/match", this::match);
		this.server.start();
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** The bodies of the requests received, in order. */
	public List<String> requests() {
		return List.copyOf(this.requests);
	}

	private void match(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		this.requests.add(body);
		JsonNode request = JSON.readTree(body);
		List<Map<String, Object>> lines = new ArrayList<>();
		List<String> texts = request.get("resume").asString().lines().toList();
		for (int i = 0; i < texts.size(); i++) {
			lines.add(Map.of("lineNumber", i + 1, "text", texts.get(i), "section", (i == 0) ? "CONTACT" : "EXPERIENCE",
					"heading", false, "relevance", 0.5));
		}
		byte[] report = JSON.writeValueAsBytes(Map.of("algorithm", "echo", "score", 50, "matchedSkills", List.of(),
				"missingSkills", List.of(), "requirements", List.of(), "lines", lines));
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, report.length);
		exchange.getResponseBody().write(report);
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
