package io.tailor.worker.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WrappedLinesTest {

	private static final float EDGE = 500;

	@Test
	void aLineWhoseNextWordWouldNotHaveFittedIsJoinedToTheOneBelowHyphensKept() {
		List<WrappedLines.Line> lines = List.of(line("• Processed 600 vendor invoices a month in", 50, 495, 0, 55),
				line("QuickBooks Online and reconciled", 60, 230, 12, 58),
				line("• Prepared accruals, prepaids and fixed-", 50, 490, 24, 6),
				line("asset schedules", 60, 140, 36, 30));
		assertThat(WrappedLines.join(lines, 550)).isEqualTo("""
				• Processed 600 vendor invoices a month in QuickBooks Online and reconciled
				• Prepared accruals, prepaids and fixed-asset schedules
				""");
	}

	@Test
	void aBulletANewSizeAGapOrALineSetApartStandsOnItsOwn() {
		List<WrappedLines.Line> lines = List.of(line("A line that runs to the right edge of the page", 50, 495, 0, 10),
				line("• a bullet", 50, 120, 12, 6),
				line("Another line that runs to the right edge too", 50, 496, 24, 40),
				new WrappedLines.Line("Experience", 50, 120, 36, 14, 7, 70, false),
				line("Engineer, Contoso                                   2016 - 2020", 50, 498, 60, 50),
				line("Third line", 50, 110, 72, 50),
				line("A fourth line that reaches the edge as well", 50, 497, 84, 30),
				line("Below a gap", 50, 110, 120, 50),
				line("A fifth line that reaches the edge as well", 50, 497, 132, 30),
				line("Cloud: AWS, Azure", 50, 150, 144, 30));
		assertThat(WrappedLines.join(lines, 595).lines()).hasSize(10);
	}

	@Test
	void aListWhoseLongestLineMakesTheEdgeIsNotJoined() {
		List<WrappedLines.Line> lines = List.of(line("Ada Example", 50, 110, 0, 20),
				line("ada@example.com | Berlin", 50, 180, 12, 80), line("Java, Kotlin, SQL", 50, 140, 24, 30),
				line("PostgreSQL", 50, 110, 36, 60));
		assertThat(WrappedLines.join(lines, 0).lines()).hasSize(4);
		List<WrappedLines.Line> sameLength = List.of(line("Line 0 of the resume", 50, 150, 0, 20),
				line("Line 1 of the resume", 50, 150, 12, 20), line("Line 2 of the resume", 50, 150, 24, 20));
		assertThat(WrappedLines.join(sameLength, 595).lines()).hasSize(3);
		assertThat(WrappedLines.join(sameLength, 0).lines()).hasSize(3);
		List<WrappedLines.Line> sidebar = List.of(line("jane.doe@example.com", 50, 170, 0, 40),
				line("+1 555 123 4567", 50, 130, 12, 20), line("linkedin.com/in/janedoe", 50, 175, 24, 120),
				line("Chicago, IL", 50, 110, 36, 40));
		assertThat(WrappedLines.join(sidebar, 0).lines()).hasSize(4);
		List<WrappedLines.Line> sentence = List.of(line("Led the audit of 40 accounts and", 50, 200, 0, 30),
				line("Reconciled the ledgers for 6 banks", 50, 198, 12, 50), line("Short", 50, 80, 24, 20));
		assertThat(WrappedLines.join(sentence, 0).lines()).hasSize(2);
	}

	private static WrappedLines.Line line(String text, float x0, float x1, float y, float firstWordWidth) {
		boolean spaced = text.contains("   ");
		return new WrappedLines.Line(text, x0, Math.min(x1, EDGE), y, 10, 5, firstWordWidth, spaced);
	}

}
