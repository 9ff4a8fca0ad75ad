package io.tailor.api.job;

import java.util.HashMap;
import java.util.Map;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import org.springframework.stereotype.Component;

/** The W3C trace context of the current request, to carry in the queue message. */
@Component
class CurrentTrace {

	private final Tracer tracer;

	private final Propagator propagator;

	CurrentTrace(Tracer tracer, Propagator propagator) {
		this.tracer = tracer;
		this.propagator = propagator;
	}

	/** {@code traceparent} and {@code tracestate} headers, empty outside a trace. */
	Map<String, String> headers() {
		TraceContext context = this.tracer.currentTraceContext().context();
		Map<String, String> headers = new HashMap<>();
		if (context != null) {
			this.propagator.inject(context, headers, Map::put);
		}
		return headers;
	}

}
