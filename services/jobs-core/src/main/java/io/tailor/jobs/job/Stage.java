package io.tailor.jobs.job;

/** The step a processing job is in. */
public enum Stage {

	EXTRACTING, SCORING, TAILORING, VERIFYING, RENDERING

}
