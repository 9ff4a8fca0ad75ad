package io.tailor.worker;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The worker: takes jobs off the queue and turns each into a result. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WorkerApplication {

	public static void main(String[] args) {
		application().run(args);
	}

	/**
	 * The application reading {@code worker.yml}: each service has its own configuration
	 * file, so all three can run in one JVM in end-to-end tests.
	 */
	public static SpringApplication application() {
		SpringApplication application = new SpringApplication(WorkerApplication.class);
		application.setDefaultProperties(Map.of("spring.config.name", "worker"));
		return application;
	}

}
