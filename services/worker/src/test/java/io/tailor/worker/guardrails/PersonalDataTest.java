package io.tailor.worker.guardrails;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class PersonalDataTest {

	private static final List<String> LINES = List.of("Jane Roe — jane.roe@example.com, +44 20 7946 0958",
			"Portfolio: https://janeroe.example.dev and github.com/jane-roe", "Lives at 221 Baker Street, London",
			"Led 2019 – 2023 migration of 14 services; cut cost by 31%", "Kerkstraat 12, Amsterdam");

	@Test
	void longDottedLinesNeitherOverflowTheStackNorTakeLong() {
		for (String line : List.of("a.".repeat(6_000), "v1.2.".repeat(3_000))) {
			assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
				PersonalData.redact(List.of(line), null);
				Claims.unsupported(line, "Built payment APIs in Java");
			});
		}
	}

	@Test
	void aLongRunOfCapitalsAfterANumberIsReadInLinearTime() {
		String line = "1 " + "A".repeat(20_000);
		assertTimeoutPreemptively(Duration.ofSeconds(2),
				() -> assertThat(PersonalData.redact(List.of(line), null).lines()).containsExactly(line));
	}

	@Test
	void replacesEmailsPhonesUrlsAddressesAndTheName() {
		PersonalData.Redaction redaction = PersonalData.redact(LINES, "Jane Roe");
		String all = String.join("\n", redaction.lines());
		assertThat(all).doesNotContain("jane.roe@example.com", "7946", "janeroe.example.dev", "github.com/jane-roe",
				"221 Baker Street", "Kerkstraat 12", "Jane Roe");
		assertThat(redaction.lines().get(0)).isEqualTo("[NAME] — [EMAIL_1], [PHONE_1]");
		assertThat(redaction.lines().get(3)).isEqualTo(LINES.get(3));
	}

	@Test
	void restoresEveryPlaceholder() {
		PersonalData.Redaction redaction = PersonalData.redact(LINES, "Jane Roe");
		for (int i = 0; i < LINES.size(); i++) {
			assertThat(redaction.restore(redaction.lines().get(i))).isEqualTo(LINES.get(i));
		}
	}

	@Test
	void placeholdersThatWereNeverIssuedAreFound() {
		PersonalData.Redaction redaction = PersonalData.redact(List.of("a@example.com"), null);
		assertThat(redaction.unissued("write to [EMAIL_1], [EMAIL_2] or [URL_5]; [USA] is text"))
			.containsExactly("[EMAIL_2]", "[URL_5]");
	}

	@Test
	void theSameValueGetsTheSamePlaceholder() {
		PersonalData.Redaction redaction = PersonalData.redact(List.of("a@example.com", "again a@example.com"), null);
		assertThat(redaction.lines()).containsExactly("[EMAIL_1]", "again [EMAIL_1]");
	}

	@Test
	void aFirstNameOrSurnameAloneIsRedactedAndRestoredAsItself() {
		List<String> lines = List.of("Jane mentored 3 analysts", "Ask Dr. Roe about it", "Roesbury Hall, 2019");
		PersonalData.Redaction redaction = PersonalData.redact(lines, "Jane Roe");
		assertThat(redaction.lines()).containsExactly("[NAME_1] mentored 3 analysts", "Ask Dr. [NAME_2] about it",
				"Roesbury Hall, 2019");
		assertThat(redaction.restore(redaction.lines().get(1))).isEqualTo(lines.get(1));
	}

	@Test
	void aNamePartThatIsAMonthKeepsTheDates() {
		PersonalData.Redaction redaction = PersonalData.redact(List.of("Nurse, May 2019 - Present", "May Lin, RN"),
				"May Lin");
		assertThat(redaction.lines()).containsExactly("Nurse, May 2019 - Present", "[NAME], RN");
	}

	@Test
	void anEmailWrittenToDodgeAFilterIsAnEmail() {
		PersonalData.Redaction redaction = PersonalData.redact(
				List.of("jane.roe [at] example [dot] com", "jane (at) mail (dot) co (dot) uk", "met at the dot"), null);
		assertThat(redaction.lines()).containsExactly("[EMAIL_1]", "[EMAIL_2]", "met at the dot");
	}

	@Test
	void aSecondTextRedactedWithAPrefixSharesNoPlaceholder() {
		PersonalData.Redaction resume = PersonalData.redact(List.of("me@example.com"), null);
		PersonalData.Redaction job = PersonalData.redact(List.of("recruiter@example.org"), null, "JOB_");
		assertThat(resume.lines()).containsExactly("[EMAIL_1]");
		assertThat(job.lines()).containsExactly("[JOB_EMAIL_1]");
		assertThat(resume.unissued("write to [JOB_EMAIL_1]")).containsExactly("[JOB_EMAIL_1]");
	}

}
