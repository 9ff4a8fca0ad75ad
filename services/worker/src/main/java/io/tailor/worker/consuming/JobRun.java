package io.tailor.worker.consuming;

import java.util.ArrayList;
import java.util.List;

import io.tailor.jobs.job.Job;
import io.tailor.jobs.queue.Delivery;
import io.tailor.worker.extraction.Extraction;
import io.tailor.worker.rendering.Export;
import io.tailor.worker.scoring.ScoringReport;
import io.tailor.worker.tailoring.CoverLetterWriter;
import io.tailor.worker.tailoring.TailoredResume;
import io.tailor.worker.verification.GroundingCheck;

/**
 * One delivery of a job on its way through the stages: the job as last written, and what
 * each stage found so far (the extracted text, the report, the tailored résumé, the lines
 * of an edit the résumé does not support, the stored exports and the cover letter).
 */
final class JobRun {

	private final Delivery delivery;

	private Job job;

	private Extraction extraction;

	private ScoringReport report;

	private TailoredResume tailored;

	private List<GroundingCheck.UnsupportedLine> marked = List.of();

	private final List<TailoringRecord.ExportRecord> exports = new ArrayList<>();

	private CoverLetterWriter.Letter letter;

	JobRun(Job job, Delivery delivery) {
		this.job = job;
		this.delivery = delivery;
	}

	Delivery delivery() {
		return this.delivery;
	}

	Job job() {
		return this.job;
	}

	void moved(Job job) {
		this.job = job;
	}

	Extraction extraction() {
		return this.extraction;
	}

	void extracted(Extraction extraction) {
		this.extraction = extraction;
	}

	ScoringReport report() {
		return this.report;
	}

	void scored(ScoringReport report) {
		this.report = report;
	}

	TailoredResume tailored() {
		return this.tailored;
	}

	void tailored(TailoredResume tailored) {
		this.tailored = tailored;
	}

	List<GroundingCheck.UnsupportedLine> marked() {
		return this.marked;
	}

	void marked(List<GroundingCheck.UnsupportedLine> marked) {
		this.marked = marked;
	}

	List<TailoringRecord.ExportRecord> exports() {
		return this.exports;
	}

	void exported(String name, Export export) {
		this.exports.add(new TailoringRecord.ExportRecord(name, export.roundTrip()));
	}

	CoverLetterWriter.Letter letter() {
		return this.letter;
	}

	void lettered(CoverLetterWriter.Letter letter) {
		this.letter = letter;
	}

}
