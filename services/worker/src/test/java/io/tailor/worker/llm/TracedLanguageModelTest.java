package io.tailor.worker.llm;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.tailor.worker.testing.ModelStubs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TracedLanguageModelTest {

	private final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	private final InMemorySpanExporter spans = InMemorySpanExporter.create();

	private final SdkTracerProvider provider = SdkTracerProvider.builder()
		.addSpanProcessor(SimpleSpanProcessor.create(this.spans))
		.build();

	private final Tracer tracer = new OtelTracer(this.provider.get("test"), new OtelCurrentTraceContext(), (event) -> {
	});

	@BeforeEach
	void start() {
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop();
		this.provider.close();
	}

	private LanguageModel model() {
		return new TracedLanguageModel(LanguageModels.of(ModelStubs.openAi(this.server, "openai")).get(0),
				"gpt-4o-mini", this.tracer);
	}

	@Test
	void aCompletionIsAClientSpanWithTheModelTokensAndFinishReason() {
		this.server.stubFor(
				post(urlEqualTo("/v1/chat/completions")).willReturn(ModelStubs.completion("{\"lines\": []}", "stop")));
		model().reply("system", List.of(LanguageModel.Turn.user("résumé")));
		SpanData span = this.spans.getFinishedSpanItems().getFirst();
		assertThat(span.getName()).isEqualTo("chat gpt-4o-mini");
		assertThat(span.getKind()).isEqualTo(SpanKind.CLIENT);
		assertThat(span.getAttributes().get(AttributeKey.stringKey("gen_ai.operation.name"))).isEqualTo("chat");
		assertThat(span.getAttributes().get(AttributeKey.stringKey("gen_ai.provider.name"))).isEqualTo("openai");
		assertThat(span.getAttributes().get(AttributeKey.stringKey("gen_ai.request.model"))).isEqualTo("gpt-4o-mini");
		assertThat(span.getAttributes().get(AttributeKey.longKey("gen_ai.usage.input_tokens"))).isEqualTo(420);
		assertThat(span.getAttributes().get(AttributeKey.longKey("gen_ai.usage.output_tokens"))).isEqualTo(180);
		assertThat(span.getAttributes().get(AttributeKey.stringArrayKey("gen_ai.response.finish_reasons")))
			.containsExactly("stop");
	}

	@Test
	void aTruncatedAnswerEndsItsSpanWithLengthAndTheErrorType() {
		this.server.stubFor(
				post(urlEqualTo("/v1/chat/completions")).willReturn(ModelStubs.completion("{\"lines\": [", "length")));
		assertThatExceptionOfType(ModelTruncatedException.class)
			.isThrownBy(() -> model().reply("system", List.of(LanguageModel.Turn.user("résumé"))));
		SpanData span = this.spans.getFinishedSpanItems().getFirst();
		assertThat(span.getAttributes().get(AttributeKey.stringArrayKey("gen_ai.response.finish_reasons")))
			.containsExactly("length");
		assertThat(span.getAttributes().get(AttributeKey.stringKey("error.type"))).isEqualTo("ModelTruncatedException");
		assertThat(span.getStatus().getStatusCode()).hasToString("ERROR");
	}

}
