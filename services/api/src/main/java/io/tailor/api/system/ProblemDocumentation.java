package io.tailor.api.system;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Completes the document with what every operation can answer: the RFC 9457
 * {@code Problem} schema on each problem response, 401 for a missing or bad token, and
 * 400 for a malformed parameter on operations that take parameters. The job and result
 * schemas list every property as required (the api always writes them) and say which may
 * be {@code null}.
 */
class ProblemDocumentation implements OpenApiCustomizer {

	static final String PROBLEM = "Problem";

	private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	/**
	 * Per schema, the properties that are {@code null} until they apply (or in results
	 * from before they were recorded).
	 */
	private static final Map<String, Set<String>> NULLABLE = Map.ofEntries(
			Map.entry("JobView", Set.of("stage", "failureReason", "fileName", "revisionOf")),
			Map.entry("JobSummary", Set.of("stage", "fileName", "jobTitle", "company", "score", "revisionOf")),
			Map.entry("ProgressEvent", Set.of("stage")), Map.entry("Links", Set.of("result")),
			Map.entry("JobList", Set.of("nextCursor", "next")), Map.entry("JobResultView", Set.of()),
			Map.entry("MatchReport", Set.of("asOf", "experienceYears")),
			Map.entry("SkillMatch", Set.of("method", "kind")), Map.entry("RequirementMatch", Set.of("terms")),
			Map.entry("Requirement", Set.of("years", "degree")), Map.entry("Evidence", Set.of()),
			Map.entry("TermCoverage", Set.of()), Map.entry("SharedTerm", Set.of()),
			Map.entry("LineRelevance", Set.of()), Map.entry("SkillWording", Set.of()),
			Map.entry("Tailoring", Set.of("tailor", "promptVersion", "usage", "original", "fallback", "coverLetter")),
			Map.entry("Provenance", Set.of()), Map.entry("RemovedClaim", Set.of()),
			Map.entry("TokenUsage", Set.of("model")), Map.entry("ExportCheck", Set.of()),
			Map.entry("Change", Set.of("section")), Map.entry("UnsupportedLine", Set.of()));

	@Override
	public void customise(OpenAPI openApi) {
		openApi.getComponents().addSchemas(PROBLEM, problemSchema());
		NULLABLE.forEach((name, nullable) -> describeNulls(openApi.getComponents().getSchemas().get(name), nullable));
		openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			if (path.startsWith("/v1/")) {
				complete(operation);
			}
		}));
	}

	private static void complete(Operation operation) {
		operation.setSecurity(List.of(new SecurityRequirement().addList("bearer")));
		if (operation.getParameters() != null && !operation.getParameters().isEmpty()) {
			operation.getResponses()
				.putIfAbsent("400", problem("A parameter is malformed (for example an id that is not a UUID)"));
		}
		operation.getResponses().putIfAbsent("401", problem("No valid bearer token for this api"));
		Map<String, ApiResponse> sorted = new LinkedHashMap<>();
		operation.getResponses().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach((e) -> {
			Content content = e.getValue().getContent();
			if (content != null && content.containsKey(PROBLEM_JSON)) {
				content.get(PROBLEM_JSON).setSchema(new Schema<>().$ref("#/components/schemas/" + PROBLEM));
			}
			sorted.put(e.getKey(), e.getValue());
		});
		operation.getResponses().clear();
		operation.getResponses().putAll(sorted);
	}

	private static void describeNulls(Schema<?> schema, Set<String> nullable) {
		if (schema == null || schema.getProperties() == null) {
			return;
		}
		schema.setRequired(new ArrayList<>(new TreeSet<>(schema.getProperties().keySet())));
		schema.getProperties()
			.replaceAll((property, definition) -> nullable.contains(property) ? orNull(definition) : definition);
	}

	/** A reference or null as either of two schemas; any other type with null added. */
	@SuppressWarnings("unchecked")
	private static Schema<?> orNull(Schema<?> definition) {
		if (definition.get$ref() != null) {
			return new Schema<>().anyOf(List.of(definition, new Schema<>().types(Set.of("null"))));
		}
		Set<String> types = new LinkedHashSet<>();
		if (definition.getTypes() != null) {
			types.addAll(definition.getTypes());
		}
		else if (definition.getType() != null) {
			types.add(definition.getType());
		}
		types.add("null");
		definition.setTypes(types);
		if (definition.getEnum() != null && !definition.getEnum().contains(null)) {
			((List<Object>) definition.getEnum()).add(null);
		}
		return definition;
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(PROBLEM_JSON, new MediaType()));
	}

	private static Schema<Object> problemSchema() {
		ObjectSchema schema = new ObjectSchema();
		schema.setDescription("RFC 9457 problem details; extension members such as errors may follow");
		schema.addProperty("type", new StringSchema().format("uri-reference"));
		schema.addProperty("title", new StringSchema());
		schema.addProperty("status",
				new IntegerSchema().minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)));
		schema.addProperty("detail", new StringSchema());
		schema.addProperty("instance", new StringSchema().format("uri-reference"));
		schema.setRequired(List.of("type", "title", "status"));
		return schema;
	}

}
