package io.tailor.worker.scoring;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.tailor.contract.MatchReport.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Scoring's answer read into the parts the worker acts on, against a stub. */
class ScoringClientTest {

	private final WireMockServer scoring = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	@BeforeEach
	void start() {
		this.scoring.start();
	}

	@AfterEach
	void stop() {
		this.scoring.stop();
	}

	@Test
	void eachLineKeepsItsSectionAndOneANewerScoringNamesIsUnknown() {
		String report = """
				{"score":40,"matchedSkills":[],"lines":[
				 {"lineNumber":1,"text":"Ada Example","section":"CONTACT","heading":false,"relevance":0},
				 {"lineNumber":2,"text":"## Publications","section":"PUBLICATIONS","heading":true,"relevance":0}]}""";
		this.scoring.stubFor(post(urlEqualTo("/v1/match"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(report)));
		ScoringReport read = new ScoringClient(RestClient.create(this.scoring.baseUrl()), JsonMapper.builder().build())
			.match("Ada Example", "Java engineer");
		assertThat(read.lines()).extracting(ScoringReport.Line::section)
			.containsExactly(Section.CONTACT, Section.UNKNOWN);
		assertThat(read.json()).isEqualTo(report);
	}

}
