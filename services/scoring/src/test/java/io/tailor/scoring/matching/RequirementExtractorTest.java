package io.tailor.scoring.matching;

import java.util.List;

import io.tailor.scoring.skills.SkillDictionary;
import io.tailor.scoring.skills.SkillExtractor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequirementExtractorTest {

	private static final RequirementExtractor EXTRACTOR = new RequirementExtractor(
			new SkillExtractor(SkillDictionary.load("skills/skills.tsv")));

	private static final String JOB = """
			Backend Engineer
			About us
			- We ship parcels across Europe.

			Must have
			- 5+ years of Java in production.
			- A bachelor's degree in computer science.

			Nice to have
			- Kotlin.

			What we offer
			- EUR 80,000 per year.
			""";

	@Test
	void readsMustHavesAndNiceToHavesUnderTheirHeadings() {
		List<Requirement> requirements = EXTRACTOR.extract(JOB);
		assertThat(requirements).extracting(Requirement::text)
			.containsExactly("5+ years of Java in production.", "A bachelor's degree in computer science.", "Kotlin.");
		assertThat(requirements).extracting(Requirement::importance)
			.containsExactly(Requirement.Importance.MUST, Requirement.Importance.MUST, Requirement.Importance.NICE);
	}

	@Test
	void readsYearsDegreeAndSkills() {
		List<Requirement> requirements = EXTRACTOR.extract(JOB);
		assertThat(requirements.get(0).years()).isEqualTo(5);
		assertThat(requirements.get(0).skills()).isNotEmpty();
		assertThat(requirements.get(1).degree()).startsWith("bachelor");
	}

	@Test
	void withoutBulletsTakesSentencesThatNameASkill() {
		List<Requirement> requirements = EXTRACTOR
			.extract("We are a friendly team. You know PostgreSQL well and have 3 years of Java. We like cake.");
		assertThat(requirements).extracting(Requirement::text)
			.containsExactly("You know PostgreSQL well and have 3 years of Java.");
	}

}
