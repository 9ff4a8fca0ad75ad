package io.tailor.api;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The api: accepts submissions, answers with job status and results. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ApiApplication {

	public static void main(String[] args) {
		application().run(args);
	}

	/**
	 * The application reading {@code api.yml}: each service has its own configuration
	 * file, so all three can run in one JVM in end-to-end tests.
	 */
	public static SpringApplication application() {
		SpringApplication application = new SpringApplication(ApiApplication.class);
		application.setDefaultProperties(Map.of("spring.config.name", "api"));
		return application;
	}

}
