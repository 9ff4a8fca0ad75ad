/**
 * The job queue: the message contract shared by api and worker, the {@code JobQueue} port
 * and its PostgreSQL adapter.
 */
package io.tailor.jobs.queue;
