package io.tailor.worker.consuming;

import java.util.HashMap;
import java.util.Map;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import io.tailor.jobs.queue.Delivery;
import org.slf4j.MDC;

/**
 * Processes a delivery inside a span that continues the trace of the submission, from the
 * W3C context the message carries, so one job is one trace across the services.
 */
public class TracedProcessing {

	private final JobProcessor processor;

	private final Tracer tracer;

	private final Propagator propagator;

	public TracedProcessing(JobProcessor processor, Tracer tracer, Propagator propagator) {
		this.processor = processor;
		this.tracer = tracer;
		this.propagator = propagator;
	}

	public void process(Delivery delivery) {
		Span span = builder(delivery).name("process job")
			.kind(Span.Kind.CONSUMER)
			.tag("job.id", delivery.message().jobId().toString())
			.tag("messaging.message.delivery_count", String.valueOf(delivery.attempt()))
			.start();
		try (Tracer.SpanInScope scope = this.tracer.withSpan(span);
				MDC.MDCCloseable job = MDC.putCloseable("job.id", delivery.message().jobId().toString())) {
			this.processor.process(delivery);
		}
		catch (RuntimeException ex) {
			span.error(ex);
			throw ex;
		}
		finally {
			span.end();
		}
	}

	private Span.Builder builder(Delivery delivery) {
		if (delivery.message().traceparent() == null) {
			return this.tracer.spanBuilder();
		}
		Map<String, String> carrier = new HashMap<>();
		carrier.put("traceparent", delivery.message().traceparent());
		if (delivery.message().tracestate() != null) {
			carrier.put("tracestate", delivery.message().tracestate());
		}
		return this.propagator.extract(carrier, Map::get);
	}

}
