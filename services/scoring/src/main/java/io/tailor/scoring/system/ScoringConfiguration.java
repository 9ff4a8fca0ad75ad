package io.tailor.scoring.system;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.tailor.scoring.embedding.Embedder;
import io.tailor.scoring.embedding.EmbeddingBatcher;
import io.tailor.scoring.embedding.EmbeddingProperties;
import io.tailor.scoring.embedding.MeteredContextVectors;
import io.tailor.scoring.embedding.MeteredEmbedder;
import io.tailor.scoring.embedding.ModelRuns;
import io.tailor.scoring.embedding.OnnxEmbedder;
import io.tailor.scoring.matching.MatchScorer;
import io.tailor.scoring.matching.ParaphraseSearch;
import io.tailor.scoring.matching.RequirementExtractor;
import io.tailor.scoring.parsing.ResumeParser;
import io.tailor.scoring.skills.SkillExtractor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

@Configuration(proxyBeanMethods = false)
class ScoringConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ScoringConfiguration.class);

	@Bean(destroyMethod = "close")
	OnnxEmbedder model(EmbeddingProperties properties) {
		return new OnnxEmbedder(properties);
	}

	/**
	 * The model's runs, for sentence and context vectors alike, at most parallelRuns at a
	 * time.
	 */
	@Bean
	ModelRuns modelRuns(EmbeddingProperties properties) {
		return new ModelRuns(properties.parallelRuns());
	}

	@Bean(destroyMethod = "close")
	@Primary
	EmbeddingBatcher embedder(OnnxEmbedder model, ModelRuns runs, EmbeddingProperties properties, MeterRegistry meters,
			Tracer tracer) {
		return new EmbeddingBatcher(runs.sentences(new MeteredEmbedder(model, meters)), properties.batchSize(),
				properties.batchWait(), properties.parallelRuns(), tracer);
	}

	/**
	 * The span tagger reads the configured model's context vectors, one pass per call.
	 */
	@Bean
	SkillExtractor skillExtractor(OnnxEmbedder model, ModelRuns runs, MeterRegistry meters) {
		SkillExtractor skills = SkillExtractor.shipped(runs.context(new MeteredContextVectors(model, meters)));
		if (!model.model().equals(skills.contextModel())) {
			log.warn("The span tagger was trained on the context vectors of {}; it reads those of {}",
					skills.contextModel(), model.model());
		}
		return skills;
	}

	@Bean
	ResumeParser resumeParser() {
		return new ResumeParser();
	}

	@Bean
	ParaphraseSearch paraphraseSearch(Embedder embedder, ResumeParser parser) {
		return new ParaphraseSearch(embedder, parser);
	}

	@Bean
	MatchScorer matchScorer(Embedder embedder, SkillExtractor skills, ResumeParser parser) {
		return new MatchScorer(embedder, skills, new RequirementExtractor(skills), parser);
	}

}
