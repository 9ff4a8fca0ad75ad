package io.tailor.worker.llm;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;

/**
 * The HTTP client under langchain4j's OpenAI model: the JDK client, plus the one thing
 * the stock client drops, the {@code Retry-After} header of a refused call, carried in
 * {@link RetryAfterException}. Streaming is not used by Tailor and is refused.
 */
class RetryAfterHttpClient implements HttpClient {

	private final java.net.http.HttpClient client;

	private final Duration readTimeout;

	RetryAfterHttpClient(Duration connectTimeout, Duration readTimeout) {
		this.client = java.net.http.HttpClient.newBuilder().connectTimeout(connectTimeout).build();
		this.readTimeout = readTimeout;
	}

	@Override
	public SuccessfulHttpResponse execute(HttpRequest request) {
		HttpResponse<String> response = send(request);
		if (response.statusCode() >= 400) {
			throw new RetryAfterException(response.statusCode(), response.body(),
					RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null)));
		}
		return SuccessfulHttpResponse.builder()
			.statusCode(response.statusCode())
			.headers(response.headers().map())
			.body(response.body())
			.build();
	}

	@Override
	public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
		listener.onError(new IllegalStateException("Tailor does not stream model answers"));
	}

	private HttpResponse<String> send(HttpRequest request) {
		java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(URI.create(request.url()))
			.timeout(this.readTimeout)
			.method(request.method().name(),
					(request.body() != null) ? java.net.http.HttpRequest.BodyPublishers.ofString(request.body())
							: java.net.http.HttpRequest.BodyPublishers.noBody());
		for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
			header.getValue().forEach((value) -> builder.header(header.getKey(), value));
		}
		try {
			return this.client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (java.net.http.HttpTimeoutException ex) {
			throw new TimeoutException(ex);
		}
		catch (IOException ex) {
			throw new HttpException(503, "The model endpoint is unreachable: " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new HttpException(503, "Interrupted while calling the model");
		}
	}

	/** A refused call, with the wait the server asked for when it said. */
	static class RetryAfterException extends HttpException {

		private final transient Duration retryAfter;

		RetryAfterException(int status, String body, Duration retryAfter) {
			super(status, body);
			this.retryAfter = retryAfter;
		}

		Duration retryAfter() {
			return this.retryAfter;
		}

	}

}
