/**
 * Jobs: their lifecycle as a state machine, their progress events and results, and their
 * storage in PostgreSQL.
 */
package io.tailor.jobs.job;
