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
	void readsExperienceEntriesWithAConfidencePerField() {
		ParsedResume parsed = this.parser.parse(RESUME);
		assertThat(parsed.experience()).hasSize(2);
		ExperienceEntry first = parsed.experience().get(0);
		assertThat(first.title()).isEqualTo(new Field("Senior Engineer", 0.9));
		assertThat(first.employer()).isEqualTo(new Field("Northwind Logistics", 0.85));
		assertThat(first.location()).isEqualTo(new Field(null, 0));
		assertThat(first.dates()).isEqualTo(new DateSpan("Jan 2020 – Present", "2020-01", null, true, 0.95));
		assertThat(first.bullets()).containsExactly("Cut p95 latency by 40% with caching",
				"Led migration to Kubernetes");
		ExperienceEntry second = parsed.experience().get(1);
		assertThat(second.employer().value()).isEqualTo("Contoso Bank");
		assertThat(second.dates()).isEqualTo(new DateSpan("2016-2019", "2016", "2019", false, 0.85));
		assertThat(second.line()).isEqualTo(13);
	}

	@Test
	void joinsATitleLineWithTheDatedEmployerLineBelowIt() {
		ParsedResume parsed = this.parser.parse("""
				## Work History
				Staff Nurse
				St. Mary's Hospital, Leeds, UK    03/2018 – 11/2022
				Cared for 30 patients a shift on a surgical ward
				- Trained six new nurses
				Healthcare Assistant
				Riverside Care Home    2015 - 2018
				- Supported residents with daily care
				""");
		assertThat(parsed.experience()).hasSize(2);
		ExperienceEntry nurse = parsed.experience().get(0);
		assertThat(nurse.title()).isEqualTo(new Field("Staff Nurse", 0.9));
		assertThat(nurse.employer()).isEqualTo(new Field("St. Mary's Hospital", 0.85));
		assertThat(nurse.location().value()).isEqualTo("Leeds, UK");
		assertThat(nurse.dates().start()).isEqualTo("2018-03");
		assertThat(nurse.dates().end()).isEqualTo("2022-11");
		assertThat(nurse.line()).isEqualTo(2);
		assertThat(nurse.bullets()).containsExactly("Cared for 30 patients a shift on a surgical ward",
				"Trained six new nurses");
		ExperienceEntry assistant = parsed.experience().get(1);
		assertThat(assistant.title().value()).isEqualTo("Healthcare Assistant");
		assertThat(assistant.employer().value()).isEqualTo("Riverside Care Home");
		assertThat(assistant.employer().confidence()).isLessThan(0.85);
	}

	@Test
	void readsTitleAtEmployerAndRemoteWork() {
		ExperienceEntry entry = this.parser
			.parse("## Experience\nData Analyst at Tailspin Toys | Remote | 2021 – Present\n- Built dashboards")
			.experience()
			.get(0);
		assertThat(entry.title()).isEqualTo(new Field("Data Analyst", 0.9));
		assertThat(entry.employer()).isEqualTo(new Field("Tailspin Toys", 0.85));
		assertThat(entry.location()).isEqualTo(new Field("Remote", 0.9));
		assertThat(entry.dates().current()).isTrue();
	}

	@Test
	void anUnlabelledHeaderGetsLowConfidence() {
		ExperienceEntry entry = this.parser.parse("## Experience\nBlue Fox 2019 - 2020\n- Did things")
			.experience()
			.get(0);
		assertThat(entry.title().value()).isEqualTo("Blue Fox");
		assertThat(entry.title().confidence()).isLessThanOrEqualTo(0.5);
		assertThat(entry.employer().value()).isNull();
	}

	@Test
	void readsEducationFields() {
		EducationEntry degree = this.parser.parse(RESUME).education().get(0);
		assertThat(degree.degree()).isEqualTo(new Field("BSc", 0.95));
		assertThat(degree.field()).isEqualTo(new Field("Computer Science", 0.7));
		assertThat(degree.institution()).isEqualTo(new Field("Example University", 0.9));
		assertThat(degree.dates()).isEqualTo(new Field("2016", 0.85));
	}

	@Test
	void readsADegreeWithItsInstitutionOnTheNextLine() {
		EducationEntry degree = this.parser
			.parse("## Education\nMaster of Science in Nursing (2012 - 2014)\nUniversity of Leeds")
			.education()
			.get(0);
		assertThat(degree.degree().value()).isEqualTo("Master of Science");
		assertThat(degree.field().value()).isEqualTo("Nursing");
		assertThat(degree.institution()).isEqualTo(new Field("University of Leeds", 0.7));
		assertThat(degree.dates().value()).isEqualTo("2012 - 2014");
	}

	@Test
	void readsAnAssociateDegreeButNotTheWordAs() {
		EducationEntry degree = this.parser.parse("## Education\nA.S. Culinary Arts, Lane Community College, 2015")
			.education()
			.get(0);
		assertThat(degree.degree().value()).isEqualTo("A.S.");
		assertThat(degree.field().value()).isEqualTo("Culinary Arts");
		assertThat(degree.institution().value()).isEqualTo("Lane Community College");
		assertThat(this.parser.parse("## Education\nServed as. Class rep, 2014").education()).isEmpty();
	}

	@Test
	void notesWhatCouldNotBeRead() {
		assertThat(this.parser.parse(RESUME).notes()).isEmpty();
		assertThat(this.parser.parse(RESUME).language()).isEqualTo("en");
		ParsedResume german = this.parser.parse("""
				Berufserfahrung
				Softwareentwicklerin bei der Nordwind GmbH, 2019 - 2023
				- Entwicklung von Diensten mit Java und der Datenbank PostgreSQL für die Logistik
				Ausbildung
				BSc Informatik, Universität Leipzig, 2019
				""");
		assertThat(german.language()).isEqualTo("de");
		assertThat(german.sections()).extracting(Section::kind)
			.containsExactly(SectionKind.EXPERIENCE, SectionKind.EDUCATION);
		assertThat(german.experience()).hasSize(1);
		assertThat(german.education().get(0).institution().value()).isEqualTo("Universität Leipzig");
		assertThat(german.notes()).extracting(ParsedResume.Note::code).containsExactly("NOT_ENGLISH");
		assertThat(this.parser.parse("## Experience\nI have worked in many places").notes())
			.extracting(ParsedResume.Note::code)
			.containsExactly("NO_DATED_POSITIONS");
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
		assertThat(parsed.notes()).extracting(ParsedResume.Note::code).containsExactly("NO_SECTIONS");
	}

	@Test
	void aHeadingSharingItsLineWithContentOpensItsSectionAndDatesApartWithoutADashAreARange() {
		ParsedResume parsed = this.parser.parse("""
				Jana Novak
				Skills:  Java, Spring Boot, PostgreSQL
				Work experience  Senior Developer, Acme s.r.o., Prague
				04/2022  07/2024
				- Built payment services.
				""");
		assertThat(parsed.sections()).extracting(Section::kind)
			.containsExactly(SectionKind.CONTACT, SectionKind.SKILLS, SectionKind.EXPERIENCE);
		assertThat(parsed.sections().get(1).lines()).extracting(ResumeLine::text)
			.containsExactly("Java, Spring Boot, PostgreSQL");
		ExperienceEntry entry = parsed.experience().get(0);
		assertThat(entry.title().value()).isEqualTo("Senior Developer");
		assertThat(entry.dates().start()).isEqualTo("2022-04");
		assertThat(entry.dates().end()).isEqualTo("2024-07");
	}

	@Test
	void readsGermanFrenchAndSpanishDates() {
		assertThat(dates("## Berufserfahrung\nPflegefachkraft, Klinikum Nord\n03.2018 – heute\n- Intensivpflege"))
			.isEqualTo(new DateSpan("03.2018 – heute", "2018-03", null, true, 0.95));
		assertThat(dates("## Berufserfahrung\nKoch, Gasthaus Löwe, Mai 2015 bis Juli 2018\n- Posten"))
			.extracting(DateSpan::start, DateSpan::end)
			.containsExactly("2015-05", "2018-07");
		assertThat(dates("## Expérience professionnelle\nInfirmière, CHU de Lyon, depuis mars 2020\n- Soins"))
			.extracting(DateSpan::start, DateSpan::current)
			.containsExactly("2020-03", true);
		assertThat(dates("## Experiencia laboral\nEnfermera, Hospital Sur, dic. 2017 – actualidad\n- Turnos"))
			.extracting(DateSpan::start, DateSpan::current)
			.containsExactly("2017-12", true);
	}

	private DateSpan dates(String resume) {
		return this.parser.parse(resume).experience().get(0).dates();
	}

	@Test
	void headingsAsPeopleWriteThemOpenTheirSections() {
		ParsedResume parsed = this.parser.parse("""
				# Sabine Kraus
				Bilanzbuchhalterin (IHK)

				## Kurzprofil
				Bilanzbuchhalterin mit 14 Jahren Erfahrung.
				## Beruflicher Werdegang
				**seit 01/2019 – Bilanzbuchhalterin**
				- Kreditorenbuchhaltung, Zahlungsläufe
				## Aus- und Weiterbildung
				2016–2018 Geprüfte Bilanzbuchhalterin (IHK)
				RELEVANT PROJECTS
				Umstellung von DATEV auf SAP FI
				Customer Service Skills
				Kundenberatung
				## Persönliches
				Führerschein Klasse B
				---
				** / **
				""");
		assertThat(parsed.sections()).extracting(Section::kind)
			.containsExactly(SectionKind.CONTACT, SectionKind.SUMMARY, SectionKind.EXPERIENCE, SectionKind.EDUCATION,
					SectionKind.PROJECTS, SectionKind.SKILLS, SectionKind.OTHER);
		assertThat(parsed.experience()).hasSize(1);
	}

	@Test
	void aTitleOrAnEntryIsNoHeading() {
		ParsedResume parsed = this.parser.parse("""
				Ada Example

				## Experience
				Project Manager
				Head of Education
				- Communication Skills
				## Licenses
				Ohio RN License
				""");
		assertThat(parsed.sections()).extracting(Section::kind)
			.containsExactly(SectionKind.CONTACT, SectionKind.EXPERIENCE, SectionKind.CERTIFICATIONS);
		assertThat(parsed.sections().get(1).lines()).hasSize(3);
	}

	@Test
	void withoutAHeadingTheContactBlockEndsAtTheFirstParagraphOrBullet() {
		ParsedResume parsed = this.parser
			.parse("""
					Dana Whitaker
					Warehouse Supervisor · Columbus, OH · dana@examplemail.com
					Eight years running inbound and outbound shifts of up to 40 associates in a 300,000 sq ft distribution centre.
					- Cut dock-to-stock time from 36 to 20 hours
					""");
		assertThat(parsed.lines()).extracting(ResumeLine::section)
			.containsExactly(SectionKind.CONTACT, SectionKind.CONTACT, SectionKind.OTHER, SectionKind.OTHER);
	}

	@Test
	void aLongLineOfContactDetailsStaysInTheContactBlock() {
		ParsedResume parsed = this.parser
			.parse("""
					# Daniel Okafor-Reyes
					**Senior Backend Engineer**
					daniel.okafor-reyes@example.com · +1 (555) 555-0142 · Rotterdam, NL (EU work permit) · github.com/example-dokafor
					Registered Nurse · Critical Care · Hemodynamic Monitoring · Charge Nurse · Epic · Columbus, Ohio, United States
					Eight years running inbound and outbound shifts of up to 40 associates in a 300,000 sq ft distribution centre.
					""");
		assertThat(parsed.lines()).extracting(ResumeLine::section)
			.containsExactly(SectionKind.CONTACT, SectionKind.CONTACT, SectionKind.CONTACT, SectionKind.CONTACT,
					SectionKind.OTHER);
	}

	@Test
	void aPersonalDetailsSectionIsContactHoweverLong() {
		ParsedResume parsed = this.parser.parse("""
				## Anna Schmidt
				## Persönliche Daten
				Geburtsdatum: 12.03.1988
				Geburtsort: Köln
				Familienstand: verheiratet, zwei Kinder
				Staatsangehörigkeit: deutsch
				Anschrift: Lindenallee 4, 50667 Köln
				Telefon: 0221 555 0199
				E-Mail: anna.schmidt@example.de
				Führerschein: Klasse B
				## Berufserfahrung
				Buchhalterin, Rheinland Logistik GmbH, 2016 – heute
				""");
		assertThat(parsed.lines().subList(0, 10)).extracting(ResumeLine::section).containsOnly(SectionKind.CONTACT);
		assertThat(parsed.lines().getLast().section()).isEqualTo(SectionKind.EXPERIENCE);
	}

	@Test
	void aJobTitleWithACommaIsAnEntryNotAHeading() {
		ParsedResume parsed = this.parser.parse("""
				## Experience
				Senior Manager, Customer Experience
				Northwind Traders, 2019 – 2024
				- Ran a 40-seat support team
				""");
		assertThat(parsed.sections()).extracting(Section::kind).containsExactly(SectionKind.EXPERIENCE);
		assertThat(parsed.lines().get(1).heading()).isFalse();
	}

	@Test
	void aPersonalDetailsSectionEndsAtABulletLikeAnyContactBlock() {
		ParsedResume parsed = this.parser.parse("""
				Jane Doe
				Personal Details
				jane@example.com
				Key Achievements
				- Cut p95 latency by 40% with Redis caching
				Senior Engineer, Northwind, 2020 – 2024
				""");
		assertThat(parsed.lines().get(4).section()).isEqualTo(SectionKind.OTHER);
		assertThat(parsed.lines().getLast().section()).isNotEqualTo(SectionKind.CONTACT);
	}

}
