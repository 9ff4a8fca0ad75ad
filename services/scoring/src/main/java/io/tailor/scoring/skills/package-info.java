/** Skill extraction against a dictionary compiled from O*NET and ESCO. */
package io.tailor.scoring.skills;
