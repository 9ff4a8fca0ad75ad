package io.tailor.worker.extraction;

/** Counts the characters read from a file against the limit, ticking the deadline. */
final class Characters {

	private final int max;

	private final Deadline deadline;

	private long count;

	Characters(int max, Deadline deadline) {
		this.max = max;
		this.deadline = deadline;
	}

	String count(String text) {
		add(text.length());
		return text;
	}

	void add(int characters) {
		this.deadline.tick();
		this.count += characters;
		if (this.count > this.max) {
			throw new UnparseableFileException("The file has more than " + this.max + " characters of text", null);
		}
	}

}
