package io.tailor.scoring.skills;

import java.util.List;

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

	@Test
	void aToolOrFieldTheTaggerIsSureIsNoSkillInRunningTextIsDropped() {
		SkillDictionary dictionary = new SkillDictionary(
				List.of(new Skill("esco:gym", "Gym", List.of(), "esco", false),
						new Skill("tailor:gym-card", "Gym", List.of(), "tailor", false, Skill.Kind.CERTIFICATION)),
				CommonWords.shipped());
		SpanTagger tagger = SpanTagger.of(SpanTaggerCrfTest.TRAINED);
		SkillExtractor doubting = new SkillExtractor(SpanTaggerTest.DICTIONARY, tagger, null, 0.95);

		assertThat(new SkillExtractor(SpanTaggerTest.DICTIONARY, tagger).extract("We offer Gym to everyone"))
			.extracting(SkillMatch::id)
			.containsExactly("esco:gym");
		assertThat(fromJob(doubting, "We offer Gym to everyone")).isEmpty();
		assertThat(doubting.extract("We offer Gym to everyone")).extracting(SkillMatch::id).containsExactly("esco:gym");
		assertThat(fromJob(doubting, "Perks: Gym, Kafka")).extracting(SkillMatch::id).contains("esco:gym");
		assertThat(fromJob(
				new SkillExtractor(dictionary.only((s) -> s.kind() == Skill.Kind.CERTIFICATION), tagger, null, 0.95),
				"We offer Gym to everyone"))
			.extracting(SkillMatch::id)
			.containsExactly("tailor:gym-card");
	}

	@Test
	void aNameInWordsTheTaggerNeverSawIsNotDoubted() {
		SkillDictionary dictionary = new SkillDictionary(
				List.of(new Skill("esco:gym", "Gym", List.of(), "esco", false),
						new Skill("esco:lockout-tagout", "lockout/tagout", List.of(), "esco", false)),
				CommonWords.shipped());
		SkillExtractor doubting = new SkillExtractor(dictionary, SpanTagger.of(SpanTaggerCrfTest.TRAINED), null, 0.9);

		assertThat(fromJob(doubting, "We offer lockout/tagout to everyone")).extracting(SkillMatch::id)
			.containsExactly("esco:lockout-tagout");
		assertThat(fromJob(doubting, "We offer Gym to everyone")).isEmpty();
	}

	private static List<SkillMatch> fromJob(SkillExtractor extractor, String text) {
		return extractor.extractFromJob(List.of(text)).getFirst();
	}

}
