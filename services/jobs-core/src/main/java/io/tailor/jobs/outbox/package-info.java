/**
 * The transactional outbox: queue messages recorded in the same transaction as their job
 * and published after commit, so an accepted job is never lost and never queued without
 * its row.
 */
package io.tailor.jobs.outbox;
