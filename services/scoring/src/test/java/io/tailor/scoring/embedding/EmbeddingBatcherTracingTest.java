package io.tailor.scoring.embedding;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddingBatcherTracingTest {

	private final InMemorySpanExporter spans = InMemorySpanExporter.create();

	private final SdkTracerProvider provider = SdkTracerProvider.builder()
		.addSpanProcessor(SimpleSpanProcessor.create(this.spans))
		.build();

	private final Tracer tracer = new OtelTracer(this.provider.get("test"), new OtelCurrentTraceContext(), (event) -> {
	});

	@AfterEach
	void close() {
		this.provider.close();
	}

	@Test
	void aRunServingOneCallIsASpanInItsTraceWithTheBatchSize() throws Exception {
		try (EmbeddingBatcher batcher = new EmbeddingBatcher(new EmbeddingBatcherTest.CountingModel(), 8,
				Duration.ofMillis(1), 1, this.tracer)) {
			Span request = this.tracer.nextSpan().name("match").start();
			try (Tracer.SpanInScope scope = this.tracer.withSpan(request)) {
				batcher.embed(List.of("a", "b", "c"));
			}
			request.end();
		}
		SpanData run = named("embed batch").getFirst();
		SpanData request = named("match").getFirst();
		assertThat(run.getTraceId()).isEqualTo(request.getTraceId());
		assertThat(run.getParentSpanId()).isEqualTo(request.getSpanId());
		assertThat(run.getAttributes().get(AttributeKey.longKey("tailor.scoring.batch.size"))).isEqualTo(3);
		assertThat(run.getAttributes().get(AttributeKey.stringKey("tailor.scoring.device"))).isEqualTo("cpu");
	}

	@Test
	void aRunServingSeveralCallsLinksToEachOfTheirTraces() throws Exception {
		try (EmbeddingBatcher batcher = new EmbeddingBatcher(new EmbeddingBatcherTest.CountingModel(), 64,
				Duration.ofSeconds(1), 1, this.tracer);
				ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<?>> calls = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				calls.add(callers.submit(() -> {
					start.await();
					Span request = this.tracer.nextSpan().name("match").start();
					try (Tracer.SpanInScope scope = this.tracer.withSpan(request)) {
						return batcher.embed(List.of("x", "y"));
					}
					finally {
						request.end();
					}
				}));
			}
			start.countDown();
			for (Future<?> call : calls) {
				call.get();
			}
		}
		List<SpanData> runs = named("embed batch");
		assertThat(runs.stream()
			.mapToLong((r) -> r.getAttributes().get(AttributeKey.longKey("tailor.scoring.batch.size")))
			.sum()).isEqualTo(6);
		SpanData shared = runs.stream().filter((r) -> !r.getLinks().isEmpty()).findFirst().orElseThrow();
		assertThat(shared.getLinks()).hasSizeGreaterThan(1)
			.allMatch((l) -> named("match").stream()
				.anyMatch((m) -> m.getSpanId().equals(l.getSpanContext().getSpanId())));
	}

	private List<SpanData> named(String name) {
		return this.spans.getFinishedSpanItems().stream().filter((s) -> s.getName().equals(name)).toList();
	}

}
