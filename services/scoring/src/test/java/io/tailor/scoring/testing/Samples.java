package io.tailor.scoring.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample résumés and job descriptions under {@code evals/samples}. */
public final class Samples {

	private Samples() {
	}

	public static String read(String relative) {
		try {
			return Files
				.readString(Path.of(System.getProperty("tailor.repo.root", "../.."), "evals/samples", relative));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
