package io.tailor.scoring.skills;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped dictionary on the false positives and misses seen outside software (issue
 * 13).
 */
class OrdinaryWordSkillsTest {

	private static final SkillExtractor EXTRACTOR = new SkillExtractor(SkillDictionary.load("skills/skills.tsv"));

	private static List<String> labels(String text) {
		return EXTRACTOR.extract(text).stream().map(SkillMatch::label).toList();
	}

	@Test
	void productsNamedByOrdinaryWordsNeedToBeUsedAsNames() {
		assertThat(labels("Mechanical ventilation and weaning protocols")).doesNotContain("Autodesk Mechanical")
			.contains("mechanical ventilation");
		assertThat(labels("Act as relief charge nurse on night shifts")).doesNotContain("Act!");
		assertThat(labels("We serve customers around the world, etc.")).isEmpty();
		assertThat(labels("Contribute to the exchange of ideas")).isEmpty();
		assertThat(labels("Managed mailboxes in Microsoft Exchange and Outlook")).contains("Microsoft Exchange");
	}

	@Test
	void shortAcronymsCountOnlyInTheirOwnCapitals() {
		assertThat(labels("Wir arbeiten mit dem Team an der Station")).isEmpty();
		assertThat(labels("Installs panels to NEC code")).contains("NEC");
		assertThat(labels("the nec is not a code here")).doesNotContain("NEC");
	}

	@Test
	void clinicalCertificationsAndTherapiesAreKnownWithTheirKind() {
		List<SkillMatch> found = EXTRACTOR
			.extract("Current ACLS, BLS and CCRN; managed CRRT, ECMO and IABP patients; hemodynamic monitoring");
		assertThat(found).extracting(SkillMatch::label)
			.contains("ACLS", "BLS", "CCRN", "CRRT", "ECMO", "IABP", "hemodynamic monitoring");
		assertThat(found).filteredOn((m) -> m.label().equals("ACLS"))
			.extracting(SkillMatch::kind)
			.containsExactly(Skill.Kind.CERTIFICATION);
	}

	@Test
	void genericCompetencesAreSoftSkills() {
		assertThat(EXTRACTOR.extract("Excellent communication and a team player")).extracting(SkillMatch::kind)
			.containsOnly(Skill.Kind.SOFT);
	}

	@Test
	void tradesAndAccountingTermsAreKnown() {
		assertThat(labels("Month-end close, bank reconciliations and accounts payable in QuickBooks"))
			.contains("month-end close", "account reconciliation", "accounts payable");
		assertThat(labels("Conduit bending, motor controls and lockout/tagout; OSHA 30")).contains("conduit bending",
				"motor controls", "lockout/tagout", "OSHA 30");
	}

}
