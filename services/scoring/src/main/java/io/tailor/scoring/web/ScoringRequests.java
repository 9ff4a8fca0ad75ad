package io.tailor.scoring.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** Request bodies of the scoring API. */
final class ScoringRequests {

	static final int MAX_CHARS = 500_000;

	private ScoringRequests() {
	}

	record Text(@NotBlank @Size(max = MAX_CHARS) String text) {
	}

	record Match(@NotBlank @Size(max = MAX_CHARS) String resume,
			@NotBlank @Size(max = MAX_CHARS) String jobDescription) {
	}

	record Embed(@NotEmpty @Size(max = 1024) List<@NotBlank @Size(max = 20_000) String> texts) {
	}

}
