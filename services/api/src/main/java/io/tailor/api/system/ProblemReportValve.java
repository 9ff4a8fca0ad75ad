package io.tailor.api.system;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;

/**
 * Tomcat's answer to what it refuses before the api sees it (an encoded slash in the
 * path, a header past its limit): problem details instead of its HTML page, with a type
 * by status and nothing of the request but its path, as sent.
 */
public class ProblemReportValve extends ErrorReportValve {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int code = response.getStatus();
		if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus status = HttpStatus.resolve(code);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", Problems.BASE + ((code < 500) ? "invalid-request" : "internal-error"));
		problem.put("title", (status != null) ? status.getReasonPhrase() : "Invalid request");
		problem.put("status", code);
		problem.put("detail",
				(code < 500) ? "The server could not read the request" : "Something went wrong on our side");
		problem.put("instance", path(request));
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(JSON.writeValueAsString(problem));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response is committed: nothing left to tell
		}
	}

	/** The path as sent, undecoded; {@code /} when Tomcat could not read one. */
	private static String path(Request request) {
		String uri = request.getRequestURI();
		return (uri != null && uri.startsWith("/")) ? uri : "/";
	}

}
