package io.tailor.api.testing;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.client.RestClient;

/** A caller of the api over HTTP, as an integrator would call it. */
public class ApiClient {

	private final RestClient http;

	private final JsonMapper json = JsonMapper.builder().build();

	public ApiClient(String baseUrl) {
		this.http = RestClient.builder()
			.baseUrl(baseUrl)
			.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
			})
			.build();
	}

	public String token(String user) {
		return body(this.http.post().uri("/local/token?user={user}", user).retrieve().toEntity(String.class).getBody())
			.get("access_token")
			.asString();
	}

	public Response submit(String token, byte[] resume, String fileName, String jobDescription, String key) {
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("resume", new ByteArrayResource(resume) {
			@Override
			public String getFilename() {
				return fileName;
			}
		}).contentType(MediaType.APPLICATION_OCTET_STREAM);
		parts.part("jobDescription", jobDescription);
		return exchange(this.http.post()
			.uri("/v1/jobs")
			.headers((h) -> auth(h, token, key))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts.build()));
	}

	public Response get(String token, String path) {
		return exchange(this.http.get().uri(path).headers((h) -> auth(h, token, null)));
	}

	public Response delete(String token, String path) {
		return exchange(this.http.delete().uri(path).headers((h) -> auth(h, token, null)));
	}

	public Response post(String token, String path, Map<String, String> headers) {
		return exchange(this.http.post().uri(path).headers((h) -> {
			auth(h, token, null);
			headers.forEach(h::set);
		}));
	}

	public Response postJson(String token, String path, String json) {
		return exchange(this.http.post()
			.uri(path)
			.headers((h) -> auth(h, token, null))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.body(json));
	}

	private Response exchange(RestClient.RequestHeadersSpec<?> request) {
		var entity = request.retrieve().toEntity(String.class);
		return new Response(entity.getStatusCode().value(), entity.getHeaders(), entity.getBody());
	}

	private static void auth(HttpHeaders headers, String token, String idempotencyKey) {
		if (token != null) {
			headers.setBearerAuth(token);
		}
		if (idempotencyKey != null) {
			headers.set("Idempotency-Key", idempotencyKey);
		}
	}

	private JsonNode body(String text) {
		return this.json.readTree(text);
	}

	/** Status, headers and body of one answer; {@link #json()} parses the body. */
	public record Response(int status, HttpHeaders headers, String body) {

		public JsonNode json() {
			return JsonMapper.builder().build().readTree(this.body);
		}

		public String contentType() {
			return this.headers.getFirst(HttpHeaders.CONTENT_TYPE);
		}

	}

}
