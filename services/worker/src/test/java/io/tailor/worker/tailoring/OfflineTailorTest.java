package io.tailor.worker.tailoring;

import java.util.ArrayList;
import java.util.List;

import io.tailor.contract.MatchReport.Section;
import io.tailor.worker.scoring.ScoringReport;
import io.tailor.worker.scoring.ScoringReport.Line;
import io.tailor.worker.verification.GroundingCheck;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OfflineTailorTest {

	private final OfflineTailor tailor = new OfflineTailor();

	@Test
	void leadsWithMatchedSkillsAndMostRelevantBullets() {
		List<Line> lines = List.of(new Line(1, "Ada Example", Section.CONTACT, false, 0),
				new Line(2, "## Experience", Section.EXPERIENCE, true, 0),
				new Line(3, "Engineer, Northwind 2020 - Present", Section.EXPERIENCE, false, 0.2),
				new Line(4, "- Organised the office party", Section.EXPERIENCE, false, 0.1),
				new Line(5, "- Built Kafka pipelines in Java", Section.EXPERIENCE, false, 0.7),
				new Line(6, "## Skills", Section.SKILLS, true, 0),
				new Line(7, "Cooking, Painting", Section.SKILLS, false, 0),
				new Line(8, "Java, Kafka", Section.SKILLS, false, 0.5));
		ScoringReport report = new ScoringReport("{}", 80, lines,
				List.of(new ScoringReport.Skill("x", "Java", "Java"),
						new ScoringReport.Skill("y", "Apache Kafka", "Kafka")),
				List.of(new ScoringReport.Skill("z", "Terraform", "Terraform")));
		String markdown = this.tailor.tailor(report, "Java and Kafka").markdown();
		assertThat(markdown).isEqualTo("""
				# Ada Example

				## Skills
				Java, Kafka
				Cooking, Painting

				## Experience
				Engineer, Northwind 2020 - Present
				- Built Kafka pipelines in Java
				- Organised the office party
				""");
	}

	@Test
	void usesTheJobsWordsForASkillTheResumeNamesInOtherWordsOnceAndSaysSo() {
		List<Line> lines = List.of(new Line(1, "Ada Example", Section.CONTACT, false, 0),
				new Line(2, "## Experience", Section.EXPERIENCE, true, 0),
				new Line(3, "- Ran K8s clusters and Excel reports", Section.EXPERIENCE, false, 0.7),
				new Line(4, "## Skills", Section.SKILLS, true, 0),
				new Line(5, "Node.js, K8s, Terraform", Section.SKILLS, false, 0.5));
		ScoringReport report = new ScoringReport("{}", 80, lines, List.of(), List.of(), 3, List.of(
				new ScoringReport.Wording("onet:JavaScript", "JavaScript", "JavaScript", "js"),
				new ScoringReport.Wording("onet:Kubernetes", "Kubernetes", "Kubernetes", "K8s"),
				new ScoringReport.Wording("onet:Microsoft Excel", "Microsoft Excel", "Microsoft Excel", "Excel")));
		TailoredResume tailored = this.tailor.tailor(report, "Kubernetes, Microsoft Excel");
		assertThat(tailored.markdown()).isEqualTo("""
				# Ada Example

				## Skills
				Node.js, Kubernetes (K8s), Terraform

				## Experience
				- Ran K8s clusters and Microsoft Excel reports
				""");
		assertThat(tailored.changes()).filteredOn((c) -> c.kind().equals(JobWording.KIND))
			.extracting(TailoredResume.Change::what, TailoredResume.Change::section)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("K8s → Kubernetes (K8s)", "Skills"),
					org.assertj.core.groups.Tuple.tuple("Excel → Microsoft Excel", "Experience"));
		assertThat(tailored.provenance()).extracting(TailoredResume.Provenance::sources)
			.containsExactly(List.of(1), List.of(4), List.of(5), List.of(2), List.of(3));
		String source = String.join("\n", lines.stream().map(Line::text).toList());
		assertThat(GroundingCheck.unsupportedClaims(tailored.markdown(), source)).isNotEmpty();
		assertThat(
				GroundingCheck.unsupportedClaims(tailored.markdown(), source, List.of("Kubernetes", "Microsoft Excel")))
			.isEmpty();
	}

	@Test
	void licencesTheJobAsksForComeRightAfterTheSummaryAndEveryChangeSaysWhy() {
		List<Line> lines = List.of(new Line(1, "Marisol Okafor, RN", Section.CONTACT, false, 0),
				new Line(2, "## Summary", Section.SUMMARY, true, 0),
				new Line(3, "ICU nurse", Section.SUMMARY, false, 0.3),
				new Line(4, "## Experience", Section.EXPERIENCE, true, 0),
				new Line(5, "ICU Nurse\tRiverside\t2019 – Present", Section.EXPERIENCE, false, 0.2),
				new Line(6, "- Audited charts", Section.EXPERIENCE, false, 0.1),
				new Line(7, "- Managed CRRT patients", Section.EXPERIENCE, false, 0.7),
				new Line(8, "## Licenses & Certifications", Section.CERTIFICATIONS, true, 0),
				new Line(9, "- BLS, ACLS", Section.CERTIFICATIONS, false, 0.6));
		ScoringReport report = new ScoringReport("{}", 80, lines, List.of(), List.of());
		TailoredResume tailored = this.tailor.tailor(report, "Requirements\n- Current BLS and ACLS certification\n");
		assertThat(tailored.markdown()).startsWith("""
				# Marisol Okafor, RN

				## Summary
				ICU nurse

				## Licenses & Certifications
				- BLS, ACLS

				## Experience
				""");
		assertThat(tailored.changes()).extracting(TailoredResume.Change::kind).containsExactly("moved up", "reordered");
		assertThat(tailored.changes().get(0).reason()).contains("Current BLS and ACLS certification");
		assertThat(this.tailor.tailor(report, "Java developer").changes()).extracting(TailoredResume.Change::kind)
			.containsExactly("reordered");
	}

	@Test
	void aSectionANewerScoringNamesIsKeptWithTheOtherSections() {
		List<Line> lines = List.of(new Line(1, "Ada Example", Section.CONTACT, false, 0),
				new Line(2, "## Publications", Section.UNKNOWN, true, 0),
				new Line(3, "Latency budgets in practice, 2023", Section.UNKNOWN, false, 0.1),
				new Line(4, "## Skills", Section.SKILLS, true, 0),
				new Line(5, "Java, SQL", Section.SKILLS, false, 0.5));
		String markdown = this.tailor.tailor(new ScoringReport("{}", 0, lines, List.of(), List.of()), "").markdown();
		assertThat(markdown).isEqualTo("""
				# Ada Example

				## Skills
				Java, SQL

				## Publications
				Latency budgets in practice, 2023
				""");
	}

	@Test
	void keepsAtMostSixBulletsAPositionAndWrappedLinesTogether() {
		List<Line> lines = new ArrayList<>(List.of(new Line(1, "EXPERIENCE", Section.EXPERIENCE, true, 0),
				new Line(2, "Engineer, Northwind 2020 - 2024", Section.EXPERIENCE, false, 0)));
		for (int i = 0; i < 8; i++) {
			lines.add(new Line(3 + 2 * i, "• Bullet " + i, Section.EXPERIENCE, false, i / 10.0));
			lines.add(new Line(4 + 2 * i, "continued " + i, Section.EXPERIENCE, false, 0));
		}
		String source = String.join("\n", lines.stream().map(Line::text).toList());
		String markdown = this.tailor.tailor(new ScoringReport("{}", 0, lines, List.of(), List.of()), "").markdown();
		assertThat(markdown).contains("- Bullet 7\ncontinued 7\n- Bullet 6\ncontinued 6");
		assertThat(markdown).doesNotContain("Bullet 1", "Bullet 0");
		assertThat(GroundingCheck.ungrounded(markdown, source)).isEmpty();
	}

	@Test
	void aSummaryWrittenALineASentenceKeepsItsLinesInTheJobsOrder() {
		List<Line> lines = List.of(new Line(1, "Daniel Reyes", Section.CONTACT, false, 0),
				new Line(2, "## Summary", Section.SUMMARY, true, 0),
				new Line(3, "Backend engineer with 9 years in payments.", Section.SUMMARY, false, 0.4),
				new Line(4, "Enjoys hiking.", Section.SUMMARY, false, 0.1),
				new Line(5, "Designs event-driven systems on Kafka.", Section.SUMMARY, false, 0.4),
				new Line(6, "Speaks Dutch.", Section.SUMMARY, false, 0.1));
		TailoredResume tailored = new OfflineTailor().tailor(new ScoringReport("{}", 70, lines, List.of(), List.of()),
				"Kafka backend engineer");
		assertThat(tailored.markdown()).contains("## Summary\nBackend engineer with 9 years in payments.\n"
				+ "Designs event-driven systems on Kafka.\nEnjoys hiking.\n");
		assertThat(tailored.changes()).extracting(TailoredResume.Change::what).contains("Speaks Dutch.");
		String source = String.join("\n", lines.stream().map(Line::text).toList());
		assertThat(io.tailor.worker.verification.GroundingCheck.ungrounded(tailored.markdown(), source)).isEmpty();
	}

	@Test
	void aSummaryParagraphLeadsWithTheSentencesInTheJobsOwnWordsAndKeepsThree() {
		List<Line> lines = List.of(new Line(1, "Marisol Okafor, RN", Section.CONTACT, false, 0),
				new Line(2, "## Summary", Section.SUMMARY, true, 0),
				new Line(3,
						"Registered nurse since 2017. Enjoys teaching new graduates. "
								+ "Seven years of critical care in a medical ICU with CRRT and ECMO patients.",
						Section.SUMMARY, false, 0.4),
				new Line(4, "Volunteer at the food bank. Fluent in Spanish.", Section.SUMMARY, false, 0.1));
		TailoredResume tailored = new OfflineTailor().tailor(new ScoringReport("{}", 70, lines, List.of(), List.of()),
				"ICU registered nurse: critical care, CRRT and ECMO experience; Spanish a plus");
		assertThat(tailored.markdown()).contains("## Summary\nSeven years of critical care in a medical ICU with CRRT "
				+ "and ECMO patients. Registered nurse since 2017. Fluent in Spanish.\n");
		assertThat(tailored.changes()).extracting(TailoredResume.Change::kind, TailoredResume.Change::what)
			.contains(org.assertj.core.groups.Tuple.tuple("reordered", "Summary"),
					org.assertj.core.groups.Tuple.tuple("left out", "Enjoys teaching new graduates."),
					org.assertj.core.groups.Tuple.tuple("left out", "Volunteer at the food bank."));
		String source = String.join("\n", lines.stream().map(Line::text).toList());
		assertThat(io.tailor.worker.verification.GroundingCheck.unsupportedClaims(tailored.markdown(), source))
			.isEmpty();
		assertThat(io.tailor.worker.verification.GroundingCheck.ungrounded(tailored.markdown(), source)).isEmpty();
	}

}
