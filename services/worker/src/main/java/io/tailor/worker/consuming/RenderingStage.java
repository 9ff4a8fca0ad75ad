package io.tailor.worker.consuming;

import java.util.List;

import io.tailor.jobs.blob.BlobKeys;
import io.tailor.jobs.blob.BlobStore;
import io.tailor.jobs.job.Stage;
import io.tailor.worker.rendering.Export;
import io.tailor.worker.rendering.Exports;
import io.tailor.worker.tailoring.CoverLetterWriter;

/**
 * Renders and stores the tailored résumé's exports, then writes the cover letter and
 * stores its exports under {@value #COVER_LETTER}; nothing here fails the job.
 */
final class RenderingStage implements JobStage {

	/**
	 * The cover letter's exports are stored and named with this prefix: cover-letter-pdf.
	 */
	static final String COVER_LETTER = "cover-letter-";

	private final BlobStore blobs;

	private final Exports exports;

	private final TailoringStep tailoring;

	RenderingStage(BlobStore blobs, Exports exports, TailoringStep tailoring) {
		this.blobs = blobs;
		this.exports = exports;
		this.tailoring = tailoring;
	}

	@Override
	public Stage stage() {
		return Stage.RENDERING;
	}

	@Override
	public void run(JobRun run) {
		store(run, "", this.exports.render(run.tailored().markdown()));
		CoverLetterWriter.Letter letter = this.tailoring.letter(run.job(), run.report(), run.tailored());
		store(run, COVER_LETTER, this.exports.renderLetter(letter.markdown()));
		run.lettered(letter);
	}

	@Override
	public Failures failures() {
		return Failures.NONE;
	}

	private void store(JobRun run, String prefix, List<Export> rendered) {
		for (Export export : rendered) {
			this.blobs.put(BlobKeys.forExport(run.job().id(), prefix + export.format()), export.content(),
					export.mediaType());
			run.exported(prefix + export.format(), export);
		}
	}

}
