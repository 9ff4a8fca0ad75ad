package io.tailor.worker.consuming;

import io.tailor.jobs.job.Stage;

/**
 * One stage of carrying a job: the stage the job is recorded in while it runs, its work
 * on the run (reading what earlier stages found and adding its own), and how the failures
 * it knows end the job.
 */
interface JobStage {

	Stage stage();

	void run(JobRun run);

	Failures failures();

}
