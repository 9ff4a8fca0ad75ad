package io.tailor.scoring.skills;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpanTaggerTest {

	private static final List<String> TOOLS = List.of("Kafka", "Terraform", "Ansible", "Jenkins", "Grafana", "Redis",
			"Spark", "Airflow", "Tableau", "Looker", "Figma", "Jira");

	private static final List<String> PERKS = List.of("Lunch", "Bikes", "Gym", "Parking", "Pensions", "Childcare");

	static final SkillDictionary DICTIONARY = new SkillDictionary(
			List.of(new Skill("esco:gym", "Gym", List.of(), "esco", false),
					new Skill("esco:kafka", "Kafka", List.of(), "esco", false)),
			CommonWords.shipped());

	static final String TRAINED = SpanTaggerTraining.train(lines(), DICTIONARY, 6, 7);

	@Test
	void marksAToolItNeverSawInAContextItLearnt() {
		SpanTagger tagger = SpanTagger.of(TRAINED);
		String line = "Experience with Quarkus is required";
		assertThat(tagger.spans(SpanFeatures.of(line, Tokens.of(line), DICTIONARY), null))
			.containsExactly(new int[] { 2, 3 });
	}

	@Test
	void marksNothingWhereItLearntThatNoSpanIs() {
		SpanTagger tagger = SpanTagger.of(TRAINED);
		String line = "We offer Gym to everyone";
		assertThat(tagger.spans(SpanFeatures.of(line, Tokens.of(line), DICTIONARY), null)).isEmpty();
	}

	@Test
	void sameLinesAndSeedGiveTheSameWeights() {
		assertThat(SpanTaggerTraining.train(lines(), DICTIONARY, 6, 7)).isEqualTo(TRAINED);
		assertThat(SpanTaggerTraining.train(lines(), DICTIONARY, 6, 8)).isNotEqualTo(TRAINED);
	}

	@Test
	void tagsAreBeginInsideOutsideOverTheGoldCharacters() {
		String line = "Uses Apache Kafka daily";
		int start = line.indexOf("Apache");
		assertThat(SpanTaggerTraining.tags(Tokens.of(line), List.<int[]>of(new int[] { start, start + 12 })))
			.containsExactly(SpanTagger.O, SpanTagger.B, SpanTagger.I, SpanTagger.O);
	}

	static List<SpanTaggerTraining.Line> lines() {
		List<SpanTaggerTraining.Line> lines = new ArrayList<>();
		for (String tool : TOOLS) {
			String text = "Experience with " + tool + " is required";
			int start = text.indexOf(tool);
			lines.add(new SpanTaggerTraining.Line(text, List.<int[]>of(new int[] { start, start + tool.length() })));
			lines.add(new SpanTaggerTraining.Line(tool + " skills are a plus",
					List.<int[]>of(new int[] { 0, tool.length() })));
		}
		for (String perk : PERKS) {
			lines.add(new SpanTaggerTraining.Line("We offer " + perk + " to everyone", List.of()));
			lines.add(new SpanTaggerTraining.Line("Staff enjoy " + perk + " every week", List.of()));
		}
		return lines;
	}

}
