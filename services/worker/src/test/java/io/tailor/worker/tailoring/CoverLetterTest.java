package io.tailor.worker.tailoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CoverLetterTest {

	private static final String RESUME = """
			# Marisol Okafor, RN
			Columbus, OH · marisol@example.com

			## Summary
			Critical-care nurse with 7 years in a medical ICU.

			## Experience
			- Managed CRRT and ECMO patients
			""";

	private static final String REPORT = """
			{"requirements": [
			  {"verdict": "COVERED", "requirement": {"text": "Experience with CRRT", "importance": "MUST"},
			   "evidence": [{"lineNumber": 8, "text": "- Managed CRRT and ECMO patients", "similarity": 0.7}]},
			  {"verdict": "MISSING", "requirement": {"text": "Spanish", "importance": "MUST"}, "evidence": []},
			  {"verdict": "COVERED", "requirement": {"text": "Epic", "importance": "NICE"},
			   "evidence": [{"lineNumber": 9, "text": "Charted in Epic", "similarity": 0.6}]}
			]}""";

	@Test
	void saysOnlyWhatTheResumeShowsNextToWhatTheJobAsks() {
		String letter = CoverLetter.write(REPORT, RESUME, "Registered Nurse – ICU\nBellhaven Medical Center\n");
		assertThat(letter).startsWith("# Marisol Okafor, RN\nColumbus, OH · marisol@example.com\n")
			.contains("I am writing to apply for the Registered Nurse position.")
			.contains("Critical-care nurse with 7 years in a medical ICU.")
			.contains("- Experience with CRRT — Managed CRRT and ECMO patients")
			.doesNotContain("Spanish")
			.doesNotContain("Epic")
			.endsWith("Kind regards,\n\nMarisol Okafor, RN\n");
	}

	@Test
	void aSkillsTableRowIsQuotedWithoutItsLabel() {
		assertThat(CoverLetter.quoted("Clinical | Hemodynamic monitoring, arterial lines, IABP"))
			.isEqualTo("Hemodynamic monitoring, arterial lines, IABP");
		assertThat(CoverLetter.quoted("ICU Staff Nurse\tRiverside Methodist Hospital\t03/2019 – Present"))
			.isEqualTo("ICU Staff Nurse, Riverside Methodist Hospital, 03/2019 – Present");
		assertThat(CoverLetter.quoted("- Managed CRRT and ECMO patients")).isEqualTo("Managed CRRT and ECMO patients");
	}

	@Test
	void aJobWithNothingCoveredGetsNoListOfPoints() {
		String letter = CoverLetter.write("{\"requirements\": []}", RESUME, "Position: Line Cook\n");
		assertThat(letter).contains("apply for the Line Cook position").doesNotContain("What the role asks for");
	}

}
