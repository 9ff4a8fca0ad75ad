package io.tailor.worker.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * An HTTP server on 127.0.0.1 that records every request and answers each with a little
 * XML, for proving that no parser fetched an external entity or DTD.
 */
public final class LocalListener implements AutoCloseable {

	private final HttpServer server;

	private final List<String> hits = new CopyOnWriteArrayList<>();

	public LocalListener() {
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/", (exchange) -> {
			this.hits.add(exchange.getRequestURI().toString());
			byte[] body = "<!ENTITY leaked \"LEAKED\">".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		this.server.start();
	}

	public String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	public List<String> hits() {
		return List.copyOf(this.hits);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
