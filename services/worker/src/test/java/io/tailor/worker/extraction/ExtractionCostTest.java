package io.tailor.worker.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;

import io.tailor.jobs.job.ResumeFormat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the budgets cost on the sample résumés, warm: the pass over a PDF's streams before
 * PDFBox loads it, and the whole extraction, median of 20 reads each; printed for
 * {@code docs/reliability.md}.
 */
class ExtractionCostTest {

	private static final Path RESUMES = Path.of(System.getProperty("tailor.repo.root", "../.."),
			"evals/samples/resumes");

	private static final List<String> SAMPLES = List.of("backend-java-senior.pdf", "electrician-brennan.pdf",
			"staff-accountant-lindqvist.pdf", "icu-nurse-okafor.docx", "warehouse-supervisor-whitaker.docx");

	private final TextExtractor extractor = new TextExtractor();

	@Test
	void theBudgetsCostLittleOnRealResumes() throws IOException {
		for (String sample : SAMPLES) {
			byte[] file = Files.readAllBytes(RESUMES.resolve(sample));
			ResumeFormat format = sample.endsWith(".pdf") ? ResumeFormat.PDF : ResumeFormat.DOCX;
			Runnable budget = (format == ResumeFormat.PDF)
					? () -> LoadedStreams.check(file, 16L << 20, Deadline.after(Duration.ofSeconds(20)))
					: () -> ZipBudget.check(file, 16L << 20, Deadline.after(Duration.ofSeconds(20)));
			double budgetMillis = medianMillis(budget);
			double extractionMillis = medianMillis(() -> this.extractor.extract(file, format));
			System.out.printf("extraction cost %s (%d KB): budget pass %.2f ms, whole extraction %.1f ms%n", sample,
					file.length >> 10, budgetMillis, extractionMillis);
			assertThat(budgetMillis).isLessThan(50);
		}
	}

	private static double medianMillis(Runnable work) {
		for (int i = 0; i < 5; i++) {
			work.run();
		}
		long[] nanos = LongStream.range(0, 20).map((i) -> {
			long start = System.nanoTime();
			work.run();
			return System.nanoTime() - start;
		}).sorted().toArray();
		return nanos[nanos.length / 2] / 1e6;
	}

}
