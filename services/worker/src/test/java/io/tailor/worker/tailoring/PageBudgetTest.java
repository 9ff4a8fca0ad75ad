package io.tailor.worker.tailoring;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import io.tailor.contract.MatchReport.Section;
import io.tailor.worker.extraction.TextExtractor;
import io.tailor.worker.rendering.Exports;
import io.tailor.worker.scoring.ScoringReport;
import io.tailor.worker.scoring.ScoringReport.Line;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageBudgetTest {

	/** A page of ten non-blank lines, so that the tests can count. */
	private static final ToIntFunction<String> TEN_LINES_A_PAGE = (
			md) -> (int) Math.ceil(md.lines().filter((l) -> !l.isBlank()).count() / 10.0);

	@Test
	void aResumeWithinItsBudgetIsKeptWhole() {
		TailoredResume tailored = new OfflineTailor().tailor(report(2, 3, 4), "");
		assertThat(PageBudget.fit(tailored, report(2, 3, 4), TEN_LINES_A_PAGE)).isSameAs(tailored);
	}

	@Test
	void theLeastRelatedBulletsLeaveUntilItFitsAndEachSaysWhy() {
		ScoringReport report = report(2, 5, 4);
		TailoredResume tailored = new OfflineTailor().tailor(report, "");
		assertThat(TEN_LINES_A_PAGE.applyAsInt(tailored.markdown())).isEqualTo(2);
		TailoredResume fitted = PageBudget.fit(tailored, report, TEN_LINES_A_PAGE);
		assertThat(TEN_LINES_A_PAGE.applyAsInt(fitted.markdown())).isEqualTo(1);
		assertThat(fitted.markdown()).contains("- Bullet 1.0", "- Bullet 1.1", "- Bullet 2.0", "- Bullet 2.1")
			.doesNotContain("- Bullet 1.4", "- Bullet 2.4");
		List<TailoredResume.Change> added = fitted.changes()
			.subList(tailored.changes().size(), fitted.changes().size());
		assertThat(added).isNotEmpty().allSatisfy((c) -> {
			assertThat(c.kind()).isEqualTo("left out");
			assertThat(c.section()).isEqualTo("Experience");
			assertThat(c.reason()).contains("1 page (one page under 10 years of experience, yours: 4)");
			assertThat(fitted.markdown()).doesNotContain(c.what());
		});
		assertThat(fitted.provenance()).extracting(TailoredResume.Provenance::text)
			.containsExactlyElementsOf(fitted.markdown().lines().filter((l) -> !l.isBlank()).toList());
	}

	@Test
	void neverFewerThanTwoBulletsAPositionAndNothingLeavesWhenThatWouldNotFit() {
		ScoringReport report = report(4, 6, 4);
		TailoredResume tailored = new OfflineTailor().tailor(report, "");
		assertThat(PageBudget.fit(tailored, report, TEN_LINES_A_PAGE)).isSameAs(tailored);
	}

	@Test
	void tenYearsOfExperienceGetTwoPages() {
		ScoringReport report = report(2, 5, 12);
		TailoredResume tailored = new OfflineTailor().tailor(report, "");
		assertThat(PageBudget.fit(tailored, report, TEN_LINES_A_PAGE)).isSameAs(tailored);
		assertThat(PageBudget.pages(9.9)).isEqualTo(1);
		assertThat(PageBudget.pages(10)).isEqualTo(2);
	}

	@Test
	void aLongResumeFitsOneRenderedPdfPage() {
		Exports exports = new Exports(new TextExtractor());
		ScoringReport report = longReport();
		TailoredResume tailored = new OfflineTailor().tailor(report, "");
		assertThat(exports.pages(tailored.markdown())).isGreaterThan(1);
		TailoredResume fitted = PageBudget.fit(tailored, report, exports::pages);
		assertThat(exports.pages(fitted.markdown())).isEqualTo(1);
		assertThat(exports.render(fitted.markdown())).allSatisfy((e) -> assertThat(e.roundTrip()).isTrue());
	}

	/** Contact, one experience section of positions with bullets of falling relevance. */
	private static ScoringReport report(int positions, int bullets, double years) {
		List<Line> lines = new ArrayList<>(List.of(new Line(1, "Ada Example", Section.CONTACT, false, 0),
				new Line(2, "## Experience", Section.EXPERIENCE, true, 0)));
		for (int p = 1; p <= positions; p++) {
			lines.add(new Line(lines.size() + 1, "Engineer " + p + ", Northwind 2020 - 2022", Section.EXPERIENCE, false,
					0));
			for (int b = 0; b < bullets; b++) {
				lines.add(new Line(lines.size() + 1, "- Bullet " + p + "." + b, Section.EXPERIENCE, false,
						0.9 - b * 0.1));
			}
		}
		return new ScoringReport("{}", 50, lines, List.of(), List.of(), years);
	}

	private static ScoringReport longReport() {
		List<Line> lines = new ArrayList<>(List.of(new Line(1, "Marisol Okafor", Section.CONTACT, false, 0),
				new Line(2, "## Experience", Section.EXPERIENCE, true, 0)));
		for (int p = 1; p <= 5; p++) {
			lines.add(new Line(lines.size() + 1, "Staff Nurse, Riverside Hospital " + p + "\t2015 – 2019",
					Section.EXPERIENCE, false, 0));
			for (int b = 0; b < 6; b++) {
				lines.add(new Line(lines.size() + 1,
						"- Cared for up to four critically ill patients a shift on unit " + p + ", rotation " + b
								+ ", titrating vasoactive drips and documenting every assessment in Epic",
						Section.EXPERIENCE, false, 0.8 - b * 0.1));
			}
		}
		return new ScoringReport("{}", 50, lines, List.of(), List.of(), 6);
	}

}
