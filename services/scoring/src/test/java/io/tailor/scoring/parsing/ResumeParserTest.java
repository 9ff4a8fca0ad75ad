package io.tailor.scoring.parsing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResumeParserTest {

	private static final String RESUME = """
			Ada Example
			ada@example.com | +1 555 0100

			## Summary
			Backend engineer with eight years of Java.

			## Experience
			Senior Engineer — Northwind Logistics | Jan 2020 – Present
			- Cut p95 latency by 40% with caching
			- Led migration to Kubernetes

			Contoso Bank
			Software Engineer, Contoso Bank 2016-2019
			- Built payment APIs in Spring Boot

			## Education
			BSc Computer Science, Example University, 2016

			## Skills
			Java, Spring Boot, PostgreSQL
			""";

	private final ResumeParser parser = new ResumeParser();

	@Test
	void findsSectionsByHeading() {
		ParsedResume parsed = this.parser.parse(RESUME);
		assertThat(parsed.sections()).extracting(Section::kind)
			.containsExactly(SectionKind.CONTACT, SectionKind.SUMMARY, SectionKind.EXPERIENCE, SectionKind.EDUCATION,
					SectionKind.SKILLS);
		assertThat(parsed.sections().get(0).lines()).hasSize(2);
	}

	@Test
	void readsExperienceEntries() {
		ParsedResume parsed = this.parser.parse(RESUME);
		assertThat(parsed.experience()).hasSize(2);
		ExperienceEntry first = parsed.experience().get(0);
		assertThat(first.title()).isEqualTo("Senior Engineer");
		assertThat(first.employer()).isEqualTo("Northwind Logistics");
		assertThat(first.dates()).isEqualTo("Jan 2020 – Present");
		assertThat(first.bullets()).containsExactly("Cut p95 latency by 40% with caching",
				"Led migration to Kubernetes");
		assertThat(parsed.experience().get(1).employer()).isEqualTo("Contoso Bank");
	}

	@Test
	void readsEducation() {
		EducationEntry degree = this.parser.parse(RESUME).education().get(0);
		assertThat(degree.degree()).startsWith("BSc Computer Science");
		assertThat(degree.dates()).isEqualTo("2016");
	}

	@Test
	void numbersLinesAsInTheText() {
		ParsedResume parsed = this.parser.parse(RESUME);
		assertThat(parsed.lines().get(0).number()).isEqualTo(1);
		assertThat(parsed.lines().get(2).text()).isEqualTo("## Summary");
		assertThat(parsed.lines().get(2).number()).isEqualTo(4);
	}

	@Test
	void textWithoutHeadingsIsOneContactSection() {
		ParsedResume parsed = this.parser.parse("just some words\nand more");
		assertThat(parsed.sections()).hasSize(1);
		assertThat(parsed.experience()).isEmpty();
	}

}
