package io.tailor.worker.tailoring;

import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tailor.worker.llm.LanguageModel;
import io.tailor.worker.llm.MeteredLanguageModel;
import io.tailor.worker.llm.ModelReply;
import io.tailor.worker.llm.ModelUnavailableException;
import io.tailor.worker.scoring.ScoringReport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FallbackMetricsTest {

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	@Test
	void aMovePastAnUnavailableProviderIsCountedByProviderAndReason() {
		Tailor down = new Tailor() {
			@Override
			public TailoredResume tailor(ScoringReport report, String jobDescription) {
				throw new ModelUnavailableException("openai did not answer", null, null);
			}

			@Override
			public String name() {
				return "llm:openai";
			}
		};
		Tailor offline = (report, job) -> new TailoredResume("# Ada\n", "offline", null, List.of(), List.of(),
				List.of(), List.of(), TailoredResume.TokenUsage.NONE);
		FallbackTailor chain = new FallbackTailor(List.of(down, offline), this.meters);
		assertThat(this.meters.get("tailor.llm.fallbacks").tag("reason", "unavailable").counter().count()).isZero();
		chain.tailor(null, "Java");
		assertThat(this.meters.get("tailor.llm.fallbacks")
			.tags("provider", "llm:openai", "reason", "unavailable")
			.counter()
			.count()).isEqualTo(1);
		assertThat(this.meters.get("tailor.llm.fallbacks").tag("reason", "circuit_open").counter().count()).isZero();
	}

	@Test
	void eachChatCompletionIsTimedWithTheGenAiNamesAndItsErrorType() {
		LanguageModel answers = model("openai", () -> new ModelReply("ok", "gpt-4o-mini", 10, 2));
		LanguageModel fails = model("azure-openai", () -> {
			throw new ModelUnavailableException("azure-openai did not answer", null, null);
		});
		new MeteredLanguageModel(answers, "gpt-4o-mini", this.meters).reply("system", List.of());
		LanguageModel metered = new MeteredLanguageModel(fails, "tailor-gpt", this.meters);
		assertThatExceptionOfType(ModelUnavailableException.class).isThrownBy(() -> metered.reply("system", List.of()));
		assertThat(this.meters.get("gen_ai.client.operation.duration")
			.tags("gen_ai.provider.name", "openai", "gen_ai.request.model", "gpt-4o-mini", "error.type", "none")
			.timer()
			.count()).isEqualTo(1);
		assertThat(this.meters.get("gen_ai.client.operation.duration")
			.tags("gen_ai.provider.name", "azure.ai.openai", "error.type", "ModelUnavailableException")
			.timer()
			.count()).isEqualTo(1);
	}

	private static LanguageModel model(String name, java.util.function.Supplier<ModelReply> reply) {
		return new LanguageModel() {
			@Override
			public String name() {
				return name;
			}

			@Override
			public ModelReply reply(String system, List<Turn> turns) {
				return reply.get();
			}
		};
	}

}
