package io.tailor.worker.scoring;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the scoring service answers and how long the worker waits for it. */
@ConfigurationProperties("tailor.scoring")
public record ScoringProperties(@DefaultValue("http://localhost:8081") String url,
		@DefaultValue("2s") Duration connectTimeout, @DefaultValue("120s") Duration readTimeout) {
}
