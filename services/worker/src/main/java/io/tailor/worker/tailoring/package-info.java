/** Tailoring a résumé to a job: the {@code Tailor} port and the offline tailor. */
package io.tailor.worker.tailoring;
