package io.tailor.worker.scoring;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Calls scoring's {@code /v1/match}; tells failures worth retrying from those that are
 * not. A section a newer scoring names reads as {@code UNKNOWN}.
 */
public class ScoringClient {

	private final RestClient http;

	private final JsonMapper json;

	private final ObjectReader reports;

	public ScoringClient(RestClient http, JsonMapper json) {
		this.http = http;
		this.json = json;
		this.reports = json.readerFor(ScoringReport.Wire.class)
			.with(EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE);
	}

	public ScoringReport match(String resume, String jobDescription) {
		String body = call(Map.of("resume", resume, "jobDescription", jobDescription));
		ScoringReport.Wire wire = this.reports.readValue(body);
		return new ScoringReport(body, wire.score(), wire.lines(), wire.matchedSkills(),
				(wire.missingSkills() != null) ? wire.missingSkills() : List.of(),
				(wire.experienceYears() != null) ? wire.experienceYears() : 0,
				(wire.wordings() != null) ? wire.wordings() : List.of(),
				(wire.instructionLines() != null) ? wire.instructionLines() : List.of(),
				(wire.jobInstructionLines() != null) ? wire.jobInstructionLines() : List.of());
	}

	private String call(Map<String, String> request) {
		try {
			return this.http.post()
				.uri("/v1/match")
				.contentType(MediaType.APPLICATION_JSON)
				.body(this.json.writeValueAsString(request))
				.retrieve()
				.onStatus(HttpStatusCode::is4xxClientError, (req, res) -> {
					throw new ScoringRejectedException("Scoring refused the input: " + res.getStatusCode());
				})
				.onStatus(HttpStatusCode::is5xxServerError, (req, res) -> {
					throw new ScoringUnavailableException("Scoring failed: " + res.getStatusCode(), null);
				})
				.body(String.class);
		}
		catch (ResourceAccessException ex) {
			throw new ScoringUnavailableException("Scoring is unreachable", ex);
		}
	}

}
