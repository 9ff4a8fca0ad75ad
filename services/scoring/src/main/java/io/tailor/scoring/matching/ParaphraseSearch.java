package io.tailor.scoring.matching;

import java.util.List;
import java.util.stream.Stream;

import io.tailor.scoring.embedding.Embedder;
import io.tailor.scoring.embedding.Vectors;
import io.tailor.scoring.parsing.ResumeLine;
import io.tailor.scoring.parsing.ResumeParser;
import io.tailor.scoring.skills.Skill;
import io.tailor.scoring.skills.SkillMatch;

/**
 * Looks for given concept skills said in other words in a text, as the match does for the
 * skills a job names ({@link Paraphrases}); product names are never looked for.
 */
public class ParaphraseSearch {

	private final Embedder embedder;

	private final ResumeParser parser;

	public ParaphraseSearch(Embedder embedder, ResumeParser parser) {
		this.embedder = embedder;
		this.parser = parser;
	}

	public List<SkillMatch> find(String text, List<Skill> wanted) {
		List<SkillMatch> concepts = wanted.stream()
			.map((s) -> new SkillMatch(s.id(), s.label(), s.label(), 0, 0, 1, "label", s.kind()))
			.filter(Paraphrases::eligible)
			.toList();
		List<ResumeLine> lines = this.parser.parse(text).lines().stream().filter((l) -> !l.heading()).toList();
		if (concepts.isEmpty() || lines.isEmpty()) {
			return List.of();
		}
		double[][] similarity = Similarities.of(this.embedder, concepts.stream().map(MatchScorer::conceptText).toList(),
				lines);
		return Paraphrases.find(concepts, similarity, lines, MatchScorer.lineStarts(text));
	}

}
