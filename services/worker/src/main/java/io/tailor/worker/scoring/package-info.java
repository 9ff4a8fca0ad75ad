/** The worker's client of the scoring service. */
package io.tailor.worker.scoring;
