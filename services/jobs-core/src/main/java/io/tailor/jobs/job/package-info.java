/**
 * Jobs: their lifecycle as a state machine, their progress events and results, and the
 * {@code JobRepository} port that stores them.
 */
package io.tailor.jobs.job;
