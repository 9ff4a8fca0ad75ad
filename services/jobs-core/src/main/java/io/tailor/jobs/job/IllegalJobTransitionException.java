package io.tailor.jobs.job;

import java.util.UUID;

/** A job was asked to move along a transition its state machine does not allow. */
public class IllegalJobTransitionException extends RuntimeException {

	public IllegalJobTransitionException(UUID id, JobStatus from, JobStatus to) {
		super("Job " + id + " cannot move from " + from + " to " + to);
	}

}
