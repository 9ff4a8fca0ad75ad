package io.tailor.worker.llm;

import java.util.List;
import java.util.Locale;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Times each chat completion as OpenTelemetry's {@code gen_ai.client.operation.duration}:
 * by provider, requested model and, for a call that failed, the error's type ("none" when
 * it answered).
 */
public final class MeteredLanguageModel implements LanguageModel {

	private final LanguageModel model;

	private final MeterRegistry meters;

	private final String provider;

	private final String requestModel;

	public MeteredLanguageModel(LanguageModel model, String requestModel, MeterRegistry meters) {
		this.model = model;
		this.meters = meters;
		this.provider = provider(model.name());
		this.requestModel = (requestModel != null) ? requestModel : model.name();
		timer("none");
	}

	/** The provider's name as the generative-AI conventions spell it. */
	static String provider(String modelName) {
		return switch (modelName.toLowerCase(Locale.ROOT)) {
			case "azure-openai" -> "azure.ai.openai";
			default -> modelName;
		};
	}

	@Override
	public String name() {
		return this.model.name();
	}

	@Override
	public ModelReply reply(String system, List<Turn> turns) {
		Timer.Sample sample = Timer.start(this.meters);
		String error = "none";
		try {
			return this.model.reply(system, turns);
		}
		catch (RuntimeException ex) {
			error = ex.getClass().getSimpleName();
			throw ex;
		}
		finally {
			sample.stop(timer(error));
		}
	}

	@Override
	public void accepted(String system, List<Turn> turns, ModelReply reply) {
		this.model.accepted(system, turns, reply);
	}

	private Timer timer(String errorType) {
		return Timer.builder("gen_ai.client.operation.duration")
			.description("Time of one chat completion, as the client saw it")
			.tag("gen_ai.operation.name", "chat")
			.tag("gen_ai.provider.name", this.provider)
			.tag("gen_ai.request.model", this.requestModel)
			.tag("error.type", errorType)
			.publishPercentileHistogram()
			.register(this.meters);
	}

}
