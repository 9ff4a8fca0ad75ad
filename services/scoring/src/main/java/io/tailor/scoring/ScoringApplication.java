package io.tailor.scoring;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The scoring service: sections, skills, an explained match score and embeddings. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ScoringApplication {

	public static void main(String[] args) {
		application().run(args);
	}

	/**
	 * The application reading {@code scoring.yml}: each service has its own configuration
	 * file, so all three can run in one JVM in end-to-end tests.
	 */
	public static SpringApplication application() {
		System.setProperty("ai.djl.offline", "true");
		SpringApplication application = new SpringApplication(ScoringApplication.class);
		application.setDefaultProperties(Map.of("spring.config.name", "scoring"));
		return application;
	}

}
