package io.tailor.scoring.skills;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SkillExtractorTest {

	private final SkillExtractor extractor = new SkillExtractor(new SkillDictionary(List.of(
			new Skill("esco:java", "Java (computer programming)", List.of("Java"), "esco", false),
			new Skill("onet:C++", "C++", List.of(), "onet", false),
			new Skill("onet:Spring Boot", "Spring Boot", List.of(), "onet", false),
			new Skill("onet:Spring", "Spring Framework", List.of("Spring"), "onet", false),
			new Skill("onet:Go", "Go", List.of(), "onet", true), new Skill("onet:R", "R", List.of(), "onet", true),
			new Skill("onet:Python", "Python", List.of(), "onet", false),
			new Skill("onet:Node.js", "Node.js", List.of(), "onet", false))));

	@Test
	void findsSkillsOnWordBoundariesWithOffsets() {
		String text = "Built services in Java and C++.\nJavascript is not Java.";
		List<SkillMatch> found = this.extractor.extract(text);
		assertThat(found).extracting(SkillMatch::id).containsExactly("esco:java", "onet:C++");
		SkillMatch java = found.get(0);
		assertThat(text.substring(java.start(), java.end())).isEqualTo("Java");
		assertThat(java.confidence()).isEqualTo(0.9);
	}

	@Test
	void prefersTheLongestName() {
		assertThat(this.extractor.extract("Ten years of Spring Boot")).extracting(SkillMatch::id)
			.containsExactly("onet:Spring Boot");
	}

	@Test
	void commonWordNeedsExactCaseAndAnotherSkillBeside() {
		assertThat(this.extractor.extract("We go to conferences")).isEmpty();
		assertThat(this.extractor.extract("Go is fun")).isEmpty();
		assertThat(this.extractor.extract("Languages: Go, Java")).extracting(SkillMatch::id)
			.containsExactlyInAnyOrder("onet:Go", "esco:java");
	}

	@Test
	void shortNamesCountWhenNamedAsASkillOrListedWithOthers() {
		assertThat(this.extractor.extract("Five years of Go programming"))
			.extracting(SkillMatch::id, SkillMatch::method)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("onet:Go", "context"));
		assertThat(this.extractor.extract("Statistics in the R language")).extracting(SkillMatch::id)
			.containsExactly("onet:R");
		assertThat(this.extractor.extract("Python, R and Java")).extracting(SkillMatch::id)
			.containsExactlyInAnyOrder("onet:Python", "onet:R", "esco:java");
		assertThat(this.extractor.extract("Led R&D for Python tooling")).extracting(SkillMatch::id)
			.containsExactly("onet:Python");
		assertThat(this.extractor.extract("I will Go home after Java")).extracting(SkillMatch::id)
			.containsExactly("esco:java");
	}

	@Test
	void saysHowEachSkillWasFound() {
		assertThat(this.extractor.extract("Java (computer programming), Spring Framework and Spring"))
			.extracting(SkillMatch::method)
			.containsExactly("label", "label");
		assertThat(this.extractor.extract("Java and Spring")).extracting(SkillMatch::method)
			.containsExactly("alias", "alias");
	}

	@Test
	void keepsPunctuationThatNamesCarry() {
		assertThat(this.extractor.extract("APIs in Node.js")).extracting(SkillMatch::span).containsExactly("Node.js");
	}

	@Test
	void textWithoutSkillsGivesNone() {
		assertThat(this.extractor.extract("I enjoy long walks and cooking.")).isEmpty();
	}

	@Test
	void reportsOffsetsOnLaterLines() {
		String text = "Summary\n\nSkills: Java";
		SkillMatch java = this.extractor.extract(text).get(0);
		assertThat(text.substring(java.start(), java.end())).isEqualTo("Java");
	}

}
