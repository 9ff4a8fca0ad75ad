package io.tailor.worker.consuming;

import io.tailor.jobs.blob.BlobStore;
import io.tailor.jobs.job.JobRepository;
import io.tailor.jobs.job.JobStatus;
import io.tailor.jobs.job.Stage;
import io.tailor.worker.extraction.Extraction;
import io.tailor.worker.extraction.TextExtractor;
import io.tailor.worker.extraction.UnparseableFileException;

/**
 * Reads the résumé's text, leaving out what readers cannot see (and saying so in a
 * progress event). A file that cannot be read, or a PDF of images, fails the job at once
 * with the reason extraction gives.
 */
final class ExtractingStage implements JobStage {

	private static final Failures FAILURES = Failures.NONE.fails(UnparseableFileException.class,
			UnparseableFileException::reason);

	private final BlobStore blobs;

	private final TextExtractor extractor;

	private final JobRepository jobs;

	ExtractingStage(BlobStore blobs, TextExtractor extractor, JobRepository jobs) {
		this.blobs = blobs;
		this.extractor = extractor;
		this.jobs = jobs;
	}

	@Override
	public Stage stage() {
		return Stage.EXTRACTING;
	}

	@Override
	public void run(JobRun run) {
		Extraction extraction = this.extractor.extractWithHidden(this.blobs.get(run.job().blobKey()),
				run.job().format());
		if (!extraction.hidden().isEmpty()) {
			this.jobs.recordEvent(run.job().id(), JobStatus.PROCESSING, Stage.EXTRACTING,
					extraction.hidden().size() + " piece(s) of text hidden from human readers were found and left out");
		}
		run.extracted(extraction);
	}

	@Override
	public Failures failures() {
		return FAILURES;
	}

}
