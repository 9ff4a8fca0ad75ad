package io.tailor.jobs.job;

import java.util.UUID;

/**
 * Where a job stands in its chain of revisions: the first job of the chain it revises
 * (null for an original submission), its number (1 for the original) and, for an edit,
 * the résumé as the candidate edited it, which is checked and rendered instead of
 * tailored.
 */
public record JobRevision(UUID of, int number, String editedMarkdown) {

	public static final JobRevision ORIGINAL = new JobRevision(null, 1, null);

	public boolean isEdit() {
		return this.editedMarkdown != null;
	}

}
