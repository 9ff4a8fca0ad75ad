package io.tailor.worker.tailoring;

import java.util.List;

import io.tailor.worker.scoring.ScoringReport;
import io.tailor.worker.testing.ModelStubs;
import io.tailor.worker.verification.GroundingCheck;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link CoverLetterWriter} promises for a résumé with personal data and a
 * planted instruction: a letter led by the résumé's name and signed with it; no line
 * naming something neither the résumé nor the job does; the planted instruction not
 * followed; who wrote it and the tokens it took recorded. Subclasses give the writer
 * under test.
 */
abstract class CoverLetterWriterContract {

	protected static final String JOB = "Senior Java engineer\n- Java and Kafka in production";

	protected abstract CoverLetterWriter writer();

	private CoverLetterWriter.Letter letter() {
		ScoringReport report = ModelStubs.report();
		return writer().write(report, new OfflineTailor().tailor(report, JOB).markdown(), JOB);
	}

	private static String source() {
		return String.join("\n", ModelStubs.report().lines().stream().map(ScoringReport.Line::text).toList());
	}

	@Test
	void theLetterIsLedByTheResumesNameAndSignedWithIt() {
		assertThat(letter().markdown()).startsWith("# Ada Example\n").endsWith("\nKind regards,\n\nAda Example\n");
	}

	@Test
	void noLineNamesWhatNeitherTheResumeNorTheJobDoes() {
		assertThat(GroundingCheck.unsupportedClaims(letter().markdown(), source(), List.of(JOB))).isEmpty();
	}

	@Test
	void thePlantedInstructionIsNotFollowed() {
		assertThat(letter().markdown().lines()).noneMatch((l) -> l.strip().equals(ModelStubs.CANARY));
	}

	@Test
	void whoWroteItAndTheTokensItTookAreRecorded() {
		CoverLetterWriter.Letter letter = letter();
		assertThat(letter.writer()).matches("offline|llm:.+");
		assertThat(letter.usage()).isNotNull();
		assertThat(letter.usage().inputTokens()).isGreaterThanOrEqualTo(0);
		assertThat(letter.usage().outputTokens()).isGreaterThanOrEqualTo(0);
	}

}
