package io.tailor.worker.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.tailor.jobs.job.ResumeFormat;
import io.tailor.worker.extraction.TextExtractor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled sample PDF that the README submits is the Markdown sample, rendered; run
 * with {@code -Dsamples.write=true} to render it again.
 */
class SamplePdfTest {

	private static final Path RESUMES = Path.of(System.getProperty("tailor.repo.root", "../.."),
			"evals/samples/resumes");

	@Test
	void bundledPdfSaysWhatTheMarkdownSampleSays() throws IOException {
		List<String> lines = Files.readAllLines(RESUMES.resolve("backend-java-senior.md"));
		byte[] rendered = ResumeDocuments.pdf(lines);
		Path pdf = RESUMES.resolve("backend-java-senior.pdf");
		if (Boolean.getBoolean("samples.write")) {
			Files.write(pdf, rendered);
		}
		TextExtractor extractor = new TextExtractor();
		assertThat(extractor.extract(Files.readAllBytes(pdf), ResumeFormat.PDF))
			.isEqualTo(extractor.extract(rendered, ResumeFormat.PDF));
	}

}
