package io.tailor.scoring.matching;

import java.time.YearMonth;

import io.tailor.scoring.parsing.ResumeParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatedExperienceTest {

	private static double years(String experience) {
		return DatedExperience.years(new ResumeParser().parse("## Experience\n" + experience).experience(),
				YearMonth.of(2026, 6));
	}

	@Test
	void overlappingPositionsCountOnceAndYearsRunJanuaryToDecember() {
		assertThat(years("Nurse, Riverside, 2016 – 2019\n- Care\nCharge nurse, Riverside, 2018 – 2020\n- Charge"))
			.isEqualTo(5.0);
	}

	@Test
	void aPositionToThePresentRunsToTheDateAsked() {
		assertThat(years("Nurse, Riverside, 03/2024 – present\n- Care")).as("27 months").isEqualTo(2.3);
	}

	@Test
	void readsTheDatesAsTheParserDoesSoMonthThirteenIsNoMonth() {
		assertThat(years("Nurse, Riverside, 13/2020 – 12/2020\n- Care")).isEqualTo(1.0);
	}

}
