package io.tailor.scoring.matching;

import java.util.List;

import io.tailor.scoring.skills.SkillExtractor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequirementExtractorTest {

	private static final RequirementExtractor EXTRACTOR = new RequirementExtractor(
			SkillExtractor.shipped(io.tailor.scoring.TestModel.minilm()));

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

	@Test
	void anAdInRunningTextLosesItsHeaderLinesItsEmployerSentencesAndItsLegalBoilerplate() {
		List<Requirement> requirements = EXTRACTOR.extract("""
				Maintenance Mechanic – Nights
				Halvorsen Paperboard – Duluth, MN

				Halvorsen Paperboard has made recycled board on the lake shore since 1952 and runs
				two machines around the clock. You will rebuild gearboxes, align pumps and repair
				conveyors; you read hydraulic and pneumatic schematics and weld in all positions.
				You hold a state boiler operator license and have 4 years of mill maintenance.
				Halvorsen is an equal opportunity employer and participates in E-Verify.
				""");
		assertThat(requirements).extracting(Requirement::text)
			.noneMatch((t) -> t.startsWith("Halvorsen"))
			.noneMatch((t) -> t.contains("E-Verify"))
			.anyMatch((t) -> t.startsWith("You will rebuild gearboxes"))
			.anyMatch((t) -> t.startsWith("You hold a state boiler operator license"));
	}

	@Test
	void anEmployerNamedOnTheTitleLineIsKnownToo() {
		List<Requirement> requirements = EXTRACTOR.extract("""
				Shipping Clerk – Dunmore Pallet Works (Scranton, PA)

				Dunmore Pallet Works builds and repairs wooden pallets for regional manufacturers and
				has about 120 employees at one yard. You will stage outbound loads, count stock at the
				end of each shift and keep the dock clean and safe. You can lift fifty pounds and stand
				for a full shift.
				""");
		assertThat(requirements).extracting(Requirement::text)
			.noneMatch((t) -> t.startsWith("Dunmore"))
			.anyMatch((t) -> t.startsWith("You will stage outbound loads"));
	}

	@Test
	void anAboutUsHeadingUnderTheTitleStillOpensASectionToSkip() {
		List<Requirement> requirements = EXTRACTOR.extract("""
				Journeyman Electrician
				Acme Electric
				Portland, OR
				About Us
				Our crews have wired hospitals and schools across the state since 1979.
				Family owned and proud of our safety record with OSHA.
				What you will do
				You will install conduit and panels to NEC and terminate 480V feeders.
				""");
		assertThat(requirements).extracting(Requirement::text)
			.noneMatch((t) -> t.startsWith("Our crews") || t.startsWith("Family owned"))
			.anyMatch((t) -> t.startsWith("You will install conduit"));
	}

	@Test
	void requirementsWithoutBulletsOrFullStopsUnderTheTitleAreKept() {
		List<Requirement> requirements = EXTRACTOR.extract("""
				Journeyman Electrician
				Must hold a valid journeyman electrician license in Oregon
				Ability to lift fifty pounds and climb ladders daily
				Own hand tools and reliable transportation to job sites
				""");
		assertThat(requirements).hasSize(3);
	}

	@Test
	void anEmployerWhoseNameOpensWithAnArticleDoesNotTakeEverySentenceStartingWithIt() {
		List<Requirement> requirements = EXTRACTOR.extract("""
				Electrician
				The Home Depot – Salem, OR

				The Home Depot is the world's largest home improvement retailer and we are hiring.
				The successful candidate installs conduit, pulls wire and reads blueprints to NEC.
				You hold a journeyman electrician license and have 3 years of commercial work.
				""");
		assertThat(requirements).extracting(Requirement::text)
			.noneMatch((t) -> t.startsWith("The Home Depot"))
			.anyMatch((t) -> t.startsWith("The successful candidate"));
	}

	@Test
	void textWrappedAtAFixedWidthIsReadAsItsSentences() {
		List<Requirement> requirements = EXTRACTOR.extract("""
				Requirements
				- At least 2 years as a sous chef or kitchen manager in a full-service
				  restaurant, and a ServSafe Manager certification.
				- Spanish is
				  a plus.
				""");
		assertThat(requirements).extracting(Requirement::text)
			.containsExactly("At least 2 years as a sous chef or kitchen manager in a full-service restaurant, "
					+ "and a ServSafe Manager certification.", "Spanish is a plus.");
		assertThat(requirements.get(1).importance()).isEqualTo(Requirement.Importance.NICE);
	}

	@Test
	void payAndPerksAreNotRequirementsWhereverTheyStand() {
		assertThat(
				EXTRACTOR.extract("- 3+ years of Java.\n- EUR 85,000 - 105,000 gross per year.\n- 27 vacation days."))
			.extracting(Requirement::text)
			.containsExactly("3+ years of Java.");
	}

	@Test
	void aJobInALanguageTheDictionaryDoesNotCoverStillHasRequirements() {
		List<Requirement> requirements = EXTRACTOR.extract("""
				Pflegefachkraft Intensivpflege (m/w/d)
				Sie versorgen beatmete Patientinnen und Patienten auf unserer interdisziplinären Intensivstation.
				Sie haben eine abgeschlossene Ausbildung zur Pflegefachkraft und Erfahrung in der Intensivpflege.
				Wir bieten
				Ein Gehalt nach TVöD und 30 Urlaubstage.
				""");
		assertThat(requirements).hasSize(2);
		assertThat(requirements.get(1).text()).contains("Ausbildung zur Pflegefachkraft");
	}

	@Test
	void aRunningTextAdWrappedAtAFixedWidthIsReadSentenceBySentenceWithoutItsTitleOfferOrEmployerLines() {
		List<Requirement> requirements = EXTRACTOR.extract("""
				Koch / Köchin (m/w/d) gesucht – Gasthaus Zur Mühle
				Wir sind ein traditionelles badisches Gasthaus mit 80 Plätzen im Restaurant und Biergarten.
				Sie bereiten unsere Gerichte à la carte zu, übernehmen eigenständig einen Posten, kümmern
				sich um Mise en place, Warenannahme und Lagerhaltung und achten auf Hygiene nach HACCP. Sie
				haben eine abgeschlossene Ausbildung als Koch und mindestens 2 Jahre Berufserfahrung in der
				Küche. Wir bieten Ihnen eine Fünf-Tage-Woche und 28 Tage Urlaub.
				""");
		assertThat(requirements).extracting(Requirement::text)
			.containsExactly(
					"Sie bereiten unsere Gerichte à la carte zu, übernehmen eigenständig einen Posten, kümmern sich um "
							+ "Mise en place, Warenannahme und Lagerhaltung und achten auf Hygiene nach HACCP.",
					"Sie haben eine abgeschlossene Ausbildung als Koch und mindestens 2 Jahre Berufserfahrung in der Küche.");
		assertThat(requirements.get(1).years()).isEqualTo(2);
	}

}
