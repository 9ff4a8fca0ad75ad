package io.tailor.scoring.skills;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaggedSpansTest {

	@Test
	void oneItemOnAnOrdinaryLineIsKnowledge() {
		assertThat(TaggedSpans.plausible("- Ran HPLC and GC assays under GMP", "HPLC")).isTrue();
		assertThat(TaggedSpans.plausible("- Installed 480V/3-phase service", "480V/3-phase")).isTrue();
		assertThat(TaggedSpans.plausible("- Tuned MVC (5) controllers", "MVC (5)")).isTrue();
	}

	@Test
	void listItemsPiecesAroundADashAndUnclosedBracketsAreNot() {
		assertThat(TaggedSpans.plausible("Staff Accountant, Minneapolis-St. Paul, MN", "Paul, MN")).isFalse();
		assertThat(TaggedSpans.plausible("Material Handler — Sunbelt Rentals", "Material Handler — Sunbelt")).isFalse();
		assertThat(TaggedSpans.plausible("B.A. Business Administration (Management, Nebraska Wesleyan",
				"Business Administration (Management"))
			.isFalse();
	}

	@Test
	void addressesHandlesAndTheNameOnTopAreNot() {
		assertThat(TaggedSpans.plausible("linkedin.com/in/jane-doe-sales", "in/jane-doe-sales")).isFalse();
		assertThat(TaggedSpans.plausible("jobs@northwind.com", "jobs@northwind.com")).isFalse();
		assertThat(TaggedSpans.plausible("KENJI NAKAMURA", "NAKAMURA")).isFalse();
		assertThat(TaggedSpans.plausible("CPR/BLS CERTIFIED 2024", "CPR/BLS")).isTrue();
	}

	@Test
	void aSkillsLineInCapitalsIsNotANameLine() {
		assertThat(TaggedSpans.plausible("SKILLS: HPLC, GC", "HPLC")).isTrue();
		assertThat(TaggedSpans.plausible("ACLS, BLS, PALS", "PALS")).isTrue();
		assertThat(TaggedSpans.plausible("TELEMETRY | CRRT", "CRRT")).isTrue();
		assertThat(TaggedSpans.plausible("MARÍA JOSÉ GARCÍA-LÓPEZ", "GARCÍA-LÓPEZ")).isFalse();
	}

}
