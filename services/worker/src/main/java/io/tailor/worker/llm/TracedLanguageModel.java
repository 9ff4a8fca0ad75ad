package io.tailor.worker.llm;

import java.util.List;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;

/**
 * Each chat completion as a client span of OpenTelemetry's generative-AI conventions:
 * {@code chat <model>}, with the provider, the requested and answering model, the tokens
 * in and out, why the answer finished ({@code stop}, {@code length},
 * {@code content_filter}) and, for a call that failed, the error's type.
 */
public final class TracedLanguageModel implements LanguageModel {

	/** A string array, one reason per choice (the suite asks for one). */
	private static final String FINISH_REASONS = "gen_ai.response.finish_reasons";

	private final LanguageModel model;

	private final Tracer tracer;

	private final String requestModel;

	public TracedLanguageModel(LanguageModel model, String requestModel, Tracer tracer) {
		this.model = model;
		this.tracer = tracer;
		this.requestModel = (requestModel != null) ? requestModel : model.name();
	}

	@Override
	public String name() {
		return this.model.name();
	}

	@Override
	public ModelReply reply(String system, List<Turn> turns) {
		Span span = this.tracer.spanBuilder()
			.name("chat " + this.requestModel)
			.kind(Span.Kind.CLIENT)
			.tag("gen_ai.operation.name", "chat")
			.tag("gen_ai.provider.name", MeteredLanguageModel.provider(this.model.name()))
			.tag("gen_ai.request.model", this.requestModel)
			.start();
		try (Tracer.SpanInScope scope = this.tracer.withSpan(span)) {
			ModelReply reply = this.model.reply(system, turns);
			span.tag("gen_ai.response.model", (reply.model() != null) ? reply.model() : this.requestModel);
			span.tag("gen_ai.usage.input_tokens", reply.inputTokens());
			span.tag("gen_ai.usage.output_tokens", reply.outputTokens());
			span.tagOfStrings(FINISH_REASONS, List.of("stop"));
			return reply;
		}
		catch (RuntimeException ex) {
			if (ex instanceof ModelTruncatedException || ex instanceof ModelRefusedException) {
				span.tagOfStrings(FINISH_REASONS,
						List.of((ex instanceof ModelTruncatedException) ? "length" : "content_filter"));
			}
			span.tag("error.type", ex.getClass().getSimpleName());
			span.error(ex);
			throw ex;
		}
		finally {
			span.end();
		}
	}

	@Override
	public void accepted(String system, List<Turn> turns, ModelReply reply) {
		this.model.accepted(system, turns, reply);
	}

}
