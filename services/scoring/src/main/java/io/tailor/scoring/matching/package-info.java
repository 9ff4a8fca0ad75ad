/** Scores how well a résumé meets a job's requirements, with evidence for each. */
package io.tailor.scoring.matching;
