package io.tailor.api.job;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostingTest {

	@Test
	void readsTitleAndCompanyFromOneLineOrTwo() {
		assertThat(
				Posting.of("Registered Nurse – Medical/Surgical ICU (Nights)\nBellhaven Medical Center – Columbus, OH"))
			.isEqualTo(new Posting("Registered Nurse – Medical/Surgical ICU (Nights)", "Bellhaven Medical Center"));
		assertThat(Posting.of("Data Analyst — Cartwheel Commerce (Manchester, UK / hybrid)\n\nWe run shops."))
			.isEqualTo(new Posting("Data Analyst", "Cartwheel Commerce (Manchester, UK / hybrid)"));
		assertThat(Posting.of("HR Generalist (Hospital Operations)\nLoess Hills Medical Center — Council Bluffs, IA"))
			.isEqualTo(new Posting("HR Generalist (Hospital Operations)", "Loess Hills Medical Center"));
		assertThat(Posting.of("Position: High School Science Teacher\nMaplewood District, Wyoming, MI").title())
			.isEqualTo("High School Science Teacher");
		assertThat(Posting.of("Senior Backend Engineer (Java, Azure)\nHarborline Logistics (fictional) - Amsterdam"))
			.isEqualTo(new Posting("Senior Backend Engineer (Java, Azure)", "Harborline Logistics"));
	}

	@Test
	void aWrappedFirstParagraphIsNotACompany() {
		assertThat(Posting.of("Staff Accountant – Ridgeway Building Products (Denver, CO)\n"
				+ "Ridgeway Building Products manufactures windows and patio doors for homebuilders in"))
			.isEqualTo(new Posting("Staff Accountant", "Ridgeway Building Products (Denver, CO)"));
	}

	@Test
	void saysNothingItCannotRead() {
		assertThat(Posting.of("   \n")).isEqualTo(new Posting(null, null));
		assertThat(Posting.of("Java engineer\nWe are a friendly team of twelve and we like our work a lot.").company())
			.isNull();
		assertThat(Posting.of("x".repeat(300)).title()).hasSize(120).endsWith("…");
	}

}
