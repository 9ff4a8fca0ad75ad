package io.tailor.worker.planted;

import com.azure.core.http.HttpClient;
import dev.langchain4j.model.chat.ChatModel;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test-only classes that break the worker's boundaries on purpose, so that the rules are
 * seen to catch them.
 */
final class PlantedViolations {

	private PlantedViolations() {
	}

	/** A tailoring-like class that talks to langchain4j itself. */
	static final class ModelOutsideLlm {

		ChatModel model;

	}

	/** A class outside the adapters that runs SQL. */
	static final class SqlOutsideAdapters {

		JdbcClient jdbc;

	}

	/** A class other than the Azure adapters that calls Azure itself. */
	static final class AzureOutsideItsAdapters {

		HttpClient http;

	}

}
