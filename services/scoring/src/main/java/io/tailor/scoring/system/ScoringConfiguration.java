package io.tailor.scoring.system;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.tailor.scoring.embedding.Embedder;
import io.tailor.scoring.embedding.EmbeddingBatcher;
import io.tailor.scoring.embedding.EmbeddingProperties;
import io.tailor.scoring.embedding.MeteredEmbedder;
import io.tailor.scoring.embedding.OnnxEmbedder;
import io.tailor.scoring.matching.MatchScorer;
import io.tailor.scoring.matching.ParaphraseSearch;
import io.tailor.scoring.matching.RequirementExtractor;
import io.tailor.scoring.parsing.ResumeParser;
import io.tailor.scoring.skills.SkillExtractor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ScoringConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddingBatcher embedder(EmbeddingProperties properties, MeterRegistry meters, Tracer tracer) {
		return new EmbeddingBatcher(new MeteredEmbedder(new OnnxEmbedder(properties), meters), properties.batchSize(),
				properties.batchWait(), properties.parallelRuns(), tracer);
	}

	@Bean
	SkillExtractor skillExtractor() {
		return SkillExtractor.shipped();
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
