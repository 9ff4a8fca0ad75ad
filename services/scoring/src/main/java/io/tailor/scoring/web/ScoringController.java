package io.tailor.scoring.web;

import java.util.List;

import io.tailor.scoring.embedding.Embedder;
import io.tailor.scoring.embedding.ModelInfo;
import io.tailor.scoring.matching.MatchReport;
import io.tailor.scoring.matching.MatchScorer;
import io.tailor.scoring.matching.ParaphraseSearch;
import io.tailor.scoring.parsing.ParsedResume;
import io.tailor.scoring.parsing.ResumeParser;
import io.tailor.scoring.skills.Skill;
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

	private final ParaphraseSearch paraphrases;

	ScoringController(ResumeParser parser, SkillExtractor skills, MatchScorer scorer, Embedder embedder,
			ParaphraseSearch paraphrases) {
		this.parser = parser;
		this.skills = skills;
		this.scorer = scorer;
		this.embedder = embedder;
		this.paraphrases = paraphrases;
	}

	/** Any length the request size allows: reading is linear in the text. */
	@PostMapping("/parse")
	ParsedResume parse(@Valid @RequestBody ScoringRequests.Text request) {
		return this.parser.parse(request.text());
	}

	/**
	 * Skills named in the text; with {@code lookFor} (skill ids), also those of them the
	 * text states in other words.
	 */
	@PostMapping("/skills")
	SkillsResponse skills(@Valid @RequestBody ScoringRequests.Skills request) {
		List<SkillMatch> named = this.skills.extract(request.text());
		List<Skill> wanted = request.wanted()
			.stream()
			.map((id) -> this.skills.dictionary().find(id).orElseThrow(() -> new UnknownSkillException(id)))
			.filter((s) -> named.stream().noneMatch((m) -> m.id().equals(s.id())))
			.toList();
		List<SkillMatch> paraphrased = wanted.isEmpty() ? List.of() : this.paraphrases.find(request.text(), wanted);
		return new SkillsResponse(named, paraphrased);
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

	record SkillsResponse(List<SkillMatch> skills, List<SkillMatch> paraphrased) {
	}

	static class UnknownSkillException extends RuntimeException {

		UnknownSkillException(String id) {
			super("No skill has the id '" + id + "'");
		}

	}

	record EmbedResponse(String model, int dimensions, List<float[]> vectors) {
	}

}
