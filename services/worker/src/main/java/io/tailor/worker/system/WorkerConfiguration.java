package io.tailor.worker.system;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import io.tailor.jobs.blob.BlobStore;
import io.tailor.jobs.job.JobRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.tailor.jobs.queue.JobQueue;
import io.tailor.jobs.queue.QueueStatistics;
import io.tailor.worker.consuming.JdbcTokenLedger;
import io.tailor.worker.consuming.JobConsumer;
import io.tailor.worker.consuming.JobProcessor;
import io.tailor.worker.consuming.TailoringStep;
import io.tailor.worker.consuming.TokenBudget;
import io.tailor.worker.consuming.TracedProcessing;
import io.tailor.worker.consuming.WorkerProperties;
import io.tailor.worker.extraction.TextExtractor;
import io.tailor.worker.scoring.ScoringClient;
import io.tailor.worker.scoring.ScoringProperties;
import io.tailor.worker.llm.AnswerCache;
import io.tailor.worker.llm.CachingLanguageModel;
import io.tailor.worker.llm.ContentSafetyPromptShield;
import io.tailor.worker.llm.JdbcAnswerCache;
import io.tailor.worker.llm.LanguageModel;
import io.tailor.worker.llm.LanguageModels;
import io.tailor.worker.llm.LlmProperties;
import io.tailor.worker.llm.MeteredLanguageModel;
import io.tailor.worker.llm.PromptShield;
import io.tailor.worker.llm.TracedLanguageModel;
import io.tailor.worker.tailoring.FallbackTailor;
import io.tailor.worker.tailoring.LlmCoverLetter;
import io.tailor.worker.tailoring.LlmTailor;
import io.tailor.worker.tailoring.OfflineTailor;
import io.tailor.worker.tailoring.Tailor;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
class WorkerConfiguration {

	@Bean
	ScoringClient scoringClient(RestClient.Builder builder, ScoringProperties properties, JsonMapper json) {
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build());
		factory.setReadTimeout(properties.readTimeout());
		return new ScoringClient(builder.requestFactory(factory).baseUrl(properties.url()).build(), json);
	}

	/**
	 * The language models of the chain, in its order, each cached, traced and metered.
	 */
	record Models(List<LanguageModel> all) {
	}

	@Bean
	Models languageModels(LlmProperties properties, DataSource dataSource, MeterRegistry meters, Tracer tracer) {
		AnswerCache cache = new JdbcAnswerCache(JdbcClient.create(dataSource));
		return new Models(LanguageModels.of(properties, null, meters)
			.stream()
			.map((model) -> cachedAndMetered(model, requestModel(model, properties), cache, meters, tracer))
			.toList());
	}

	@Bean
	Tailor tailor(LlmProperties properties, Models models, MeterRegistry meters) {
		PromptShield shield = properties.contentSafety().enabled()
				? new ContentSafetyPromptShield(properties.contentSafety(), null) : PromptShield.NONE;
		List<Tailor> chain = new ArrayList<>();
		int next = 0;
		for (String provider : properties.provider()) {
			chain.add("offline".equals(provider.strip()) ? new OfflineTailor()
					: new LlmTailor(models.all().get(next++), properties.price(), shield));
		}
		return new FallbackTailor(chain, meters);
	}

	private static LanguageModel cachedAndMetered(LanguageModel model, String requestModel, AnswerCache cache,
			MeterRegistry meters, Tracer tracer) {
		return new CachingLanguageModel(
				new TracedLanguageModel(new MeteredLanguageModel(model, requestModel, meters), requestModel, tracer),
				requestModel, cache);
	}

	private static String requestModel(LanguageModel model, LlmProperties properties) {
		return switch (model.name()) {
			case "azure-openai" -> properties.azure().deployment();
			case "openai" -> properties.openai().model();
			default -> model.name();
		};
	}

	@Bean
	JobProcessor jobProcessor(JobRepository jobs, JobQueue queue, BlobStore blobs, ScoringClient scoring, Tailor tailor,
			Models models, TransactionTemplate transaction, WorkerProperties properties, LlmProperties llm,
			DataSource dataSource, MeterRegistry meters) {
		TokenBudget budget = new TokenBudget(new JdbcTokenLedger(JdbcClient.create(dataSource)),
				llm.dailyTokenBudget());
		TailoringStep step = new TailoringStep(tailor, new LlmCoverLetter(models.all(), llm.price()), budget, meters);
		return new JobProcessor(jobs, queue, blobs, new TextExtractor(), scoring, step, transaction, properties,
				meters);
	}

	@Bean
	JobConsumer jobConsumer(JobQueue queue, JobProcessor processor, Tracer tracer, Propagator propagator,
			WorkerProperties properties) {
		return new JobConsumer(queue, new TracedProcessing(processor, tracer, propagator), properties);
	}

	@Bean
	MeterBinder queueGauges(JobQueue queue) {
		return (queue instanceof QueueStatistics statistics) ? new QueueGauges(statistics) : (registry) -> {
		};
	}

	@Bean
	HealthIndicator consumerHealthIndicator(JobConsumer consumer) {
		return () -> consumer.isHealthy() ? Health.up().build() : Health.down().withDetail("stalled", true).build();
	}

}
