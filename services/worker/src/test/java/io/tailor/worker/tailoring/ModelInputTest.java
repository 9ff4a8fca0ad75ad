package io.tailor.worker.tailoring;

import java.util.List;

import io.tailor.worker.scoring.ScoringReport;
import io.tailor.worker.scoring.ScoringReport.Line;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ModelInputTest {

	@Test
	void theNameBeforeATitleOnTheFirstLineIsKeptFromTheModelWholeAndInParts() {
		ScoringReport report = new ScoringReport("{}", 50,
				List.of(new Line(1, "Dana Whitaker | Warehouse Operations Supervisor", "CONTACT", false, 0),
						new Line(2, "## Summary", "SUMMARY", true, 0),
						new Line(3, "Dana Whitaker has led teams; Whitaker's crews shipped 22 trailers a night",
								"SUMMARY", false, 0.5)),
				List.of(), List.of());
		String sent = new ModelInput(report).numbered();
		assertThat(sent).contains("L3: [NAME] has led teams; [NAME_2]'s crews").doesNotContain("Dana", "Whitaker");
	}

	@Test
	void theJobsPersonalDataTakesPlaceholdersOfItsOwn() {
		assertThat(ModelInput.job("Send your CV to hr@pallas.example.com or call +1 815 555 0100"))
			.isEqualTo("Send your CV to [JOB_EMAIL_1] or call [JOB_PHONE_1]");
	}

	@Test
	void aVerdictTheCitedLinesDoNotStateIsCaughtEvenBesideOneTheyDo() {
		ScoringReport report = new ScoringReport("{}", 50,
				List.of(new Line(1, "Ada Example", "CONTACT", false, 0),
						new Line(2, "## Experience", "EXPERIENCE", true, 0),
						new Line(3, "- Built credit rating models in Python", "EXPERIENCE", false, 0.5)),
				List.of(), List.of());
		assertThat(new ModelInput(report).unsupported("Built rating models; a perfect match for you", List.of(3), ""))
			.containsExactly("\"perfect match\" (a verdict on the candidate, not a fact of the résumé)");
	}

}
