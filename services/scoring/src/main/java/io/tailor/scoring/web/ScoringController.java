package io.tailor.scoring.web;

import java.util.List;

import io.tailor.scoring.embedding.Embedder;
import io.tailor.scoring.embedding.ModelInfo;
import io.tailor.scoring.matching.MatchReport;
import io.tailor.scoring.matching.MatchScorer;
import io.tailor.scoring.parsing.ParsedResume;
import io.tailor.scoring.parsing.ResumeParser;
import io.tailor.scoring.skills.SkillExtractor;
import io.tailor.scoring.skills.SkillMatch;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1")
class ScoringController {

	private final ResumeParser parser;

	private final SkillExtractor skills;

	private final MatchScorer scorer;

	private final Embedder embedder;

	ScoringController(ResumeParser parser, SkillExtractor skills, MatchScorer scorer, Embedder embedder) {
		this.parser = parser;
		this.skills = skills;
		this.scorer = scorer;
		this.embedder = embedder;
	}

	/** Any length the request size allows: reading is linear in the text. */
	@PostMapping("/parse")
	ParsedResume parse(@Valid @RequestBody ScoringRequests.Text request) {
		return this.parser.parse(request.text());
	}

	@PostMapping("/skills")
	SkillsResponse skills(@Valid @RequestBody ScoringRequests.Text request) {
		return new SkillsResponse(this.skills.extract(request.text()));
	}

	@PostMapping("/match")
	MatchReport match(@Valid @RequestBody ScoringRequests.Match request) {
		return this.scorer.score(LineLimit.check(request.resume()), LineLimit.check(request.jobDescription()),
				request.month());
	}

	@PostMapping("/embed")
	EmbedResponse embed(@Valid @RequestBody ScoringRequests.Embed request) {
		ModelInfo info = this.embedder.info();
		return new EmbedResponse(info.name(), info.dimensions(), this.embedder.embed(request.texts()));
	}

	@GetMapping("/model")
	ModelInfo model() {
		return this.embedder.info();
	}

	record SkillsResponse(List<SkillMatch> skills) {
	}

	record EmbedResponse(String model, int dimensions, List<float[]> vectors) {
	}

}
