package io.tailor.scoring.web;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the scoring API. */
final class ScoringRequests {

	static final int MAX_CHARS = 500_000;

	private ScoringRequests() {
	}

	record Text(@NotBlank @Size(max = MAX_CHARS) String text) {
	}

	/** {@code lookFor}: skill ids to look for in other words too. */
	record Skills(@NotBlank @Size(max = MAX_CHARS) String text,
			@Size(max = 100) List<@NotBlank @Size(max = 300) String> lookFor) {

		List<String> wanted() {
			return (this.lookFor != null) ? this.lookFor : List.of();
		}

	}

	/**
	 * {@code asOf} (yyyy-MM, default this month in UTC) is what "present" means in dates.
	 */
	record Match(@NotBlank @Size(max = MAX_CHARS) String resume, @NotBlank @Size(max = MAX_CHARS) String jobDescription,
			@Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])") String asOf) {

		YearMonth month() {
			return (this.asOf != null) ? YearMonth.parse(this.asOf) : YearMonth.now(ZoneOffset.UTC);
		}

	}

	record Embed(@NotEmpty @Size(max = 1024) List<@NotBlank @Size(max = 20_000) String> texts) {
	}

}
