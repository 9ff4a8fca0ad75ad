package io.tailor.scoring.skills;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SkillExtractorTaggerTest {

	private final SkillExtractor extractor = new SkillExtractor(SpanTaggerTest.DICTIONARY,
			SpanTagger.of(SpanTaggerTest.TRAINED));

	@Test
	void keepsEveryDictionaryNameWhereTheTaggerMarksNoSpan() {
		assertThat(this.extractor.extract("We offer Gym to everyone")).extracting(SkillMatch::id)
			.containsExactly("esco:gym");
	}

	@Test
	void aTaggedOrdinaryWordOpeningTheLineIsNotASkill() {
		assertThat(this.extractor.extract("Lunch skills are a plus")).isEmpty();
		assertThat(this.extractor.extract("Quarkus skills are a plus")).extracting(SkillMatch::id)
			.containsExactly("span:quarkus");
	}

	@Test
	void keepsADictionaryNameInsideATaggedSpan() {
		assertThat(this.extractor.extract("Experience with Kafka is required"))
			.extracting(SkillMatch::id, SkillMatch::method)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("esco:kafka", "label"));
	}

	@Test
	void findsATaggedSpanTheDictionaryDoesNotKnowUnderItsOwnWords() {
		assertThat(this.extractor.extract("Intro\nExperience with Quarkus is required")).singleElement()
			.satisfies((m) -> {
				assertThat(m.id()).isEqualTo("span:quarkus");
				assertThat(m.method()).isEqualTo(SkillMatch.TAGGED);
				assertThat(m.kind()).isEqualTo(Skill.Kind.KNOWLEDGE);
				assertThat(m.start()).isEqualTo("Intro\nExperience with ".length());
			});
	}

	@Test
	void aTextInAnotherLanguageGetsDictionaryNamesOnly() {
		assertThat(this.extractor.extract("Experience with Quarkus is required\nLes outils et la Kafka de la maison"))
			.extracting(SkillMatch::id)
			.containsExactly("esco:kafka");
	}

}
