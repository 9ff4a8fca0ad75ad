/** Wiring of the scoring service. */
package io.tailor.scoring.system;
