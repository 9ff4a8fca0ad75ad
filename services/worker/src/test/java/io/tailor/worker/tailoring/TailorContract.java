package io.tailor.worker.tailoring;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.tailor.worker.scoring.ScoringReport;
import io.tailor.worker.testing.ModelStubs;
import io.tailor.worker.verification.GroundingCheck;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link Tailor} promises for a résumé with personal data and a planted
 * instruction: Markdown led by the candidate's name; no line naming something the résumé
 * does not; the planted instruction not followed; each change with a kind it knows and a
 * reason; each gap something the job or the match names; a name and token usage recorded.
 * Subclasses give the tailor under test.
 */
abstract class TailorContract {

	protected static final String JOB = "Backend engineer: Java, Kafka and Kubernetes in production";

	protected abstract Tailor tailor();

	private TailoredResume tailored() {
		return tailor().tailor(ModelStubs.report(), JOB);
	}

	private static String source() {
		return String.join("\n", ModelStubs.report().lines().stream().map(ScoringReport.Line::text).toList());
	}

	@Test
	void theResultIsMarkdownLedByTheCandidatesName() {
		assertThat(tailored().markdown()).startsWith("# Ada Example\n").endsWith("\n");
	}

	@Test
	void noLineNamesWhatTheResumeDoesNot() {
		assertThat(GroundingCheck.unsupportedClaims(tailored().markdown(), source())).isEmpty();
	}

	@Test
	void thePlantedInstructionIsNotFollowed() {
		assertThat(tailored().markdown().lines()).noneMatch((l) -> l.strip().equals(ModelStubs.CANARY));
	}

	@Test
	void eachChangeHasAKnownKindAndAReason() {
		assertThat(tailored().changes()).allSatisfy((c) -> {
			assertThat(c.kind()).isIn("moved up", "reordered", "left out");
			assertThat(c.reason()).isNotBlank();
		});
	}

	@Test
	void eachGapIsSomethingTheJobOrTheMatchNames() {
		Set<String> missing = Set.of("kubernetes");
		String job = JOB.toLowerCase(Locale.ROOT);
		assertThat(tailored().gaps())
			.allSatisfy((gap) -> assertThat(List.of(gap.toLowerCase(Locale.ROOT).split("\\W+")))
				.anyMatch((w) -> w.length() >= 3 && (job.contains(w) || missing.contains(w))));
	}

	@Test
	void itsNameAndTokenUsageAreRecorded() {
		TailoredResume tailored = tailored();
		assertThat(tailored.tailor()).isNotBlank();
		assertThat(tailored.usage()).isNotNull();
		assertThat(tailored.usage().inputTokens()).isGreaterThanOrEqualTo(0);
	}

}
