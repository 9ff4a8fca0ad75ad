package io.tailor.worker.llm;

import java.time.Duration;

import com.azure.core.exception.HttpResponseException;
import com.azure.core.http.HttpHeaderName;

/** Finds the wait a rate-limited provider asked for, wherever the client put it. */
final class RetryAfters {

	private RetryAfters() {
	}

	static Duration of(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof RetryAfterHttpClient.RetryAfterException refused && refused.retryAfter() != null) {
				return refused.retryAfter();
			}
			if (t instanceof HttpResponseException azure && azure.getResponse() != null) {
				Duration wait = RetryAfter.parse(azure.getResponse().getHeaders().getValue(HttpHeaderName.RETRY_AFTER));
				if (wait != null) {
					return wait;
				}
			}
		}
		return null;
	}

}
