/**
 * The {@code make eval} runner: ranking quality of the match score and skill-extraction
 * F1.
 */
package io.tailor.scoring.eval;
