package io.tailor.api.system;

import java.net.URI;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem details with stable types under {@value #BASE}; the slug names the
 * problem, never the request.
 */
public final class Problems {

	public static final String BASE = "https://tailor.dev/problems/";

	private Problems() {
	}

	public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail, String path) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(BASE + slug));
		problem.setTitle(title);
		if (path != null) {
			problem.setInstance(URI.create(path));
		}
		return problem;
	}

}
