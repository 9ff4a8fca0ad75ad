package io.tailor.worker.rendering;

import java.util.List;

/**
 * One block of the résumé as every writer lays it out: the name, a section heading, an
 * entry (title, employer, place… and its dates, set right), a bullet, or a paragraph.
 */
sealed interface Block {

	/** The candidate's name. */
	record Title(List<Inline> text) implements Block {
	}

	/** A section heading such as Experience or Licences. */
	record Heading(List<Inline> text) implements Block {
	}

	/** A position or qualification line: its parts in order and its dates (or null). */
	record Entry(List<String> parts, String dates) implements Block {
	}

	/** A bullet point. */
	record Bullet(List<Inline> text) implements Block {
	}

	/** Any other line. */
	record Paragraph(List<Inline> text) implements Block {
	}

	/** A run of text, bold or not; Markdown's emphasis marks are gone. */
	record Inline(String text, boolean bold) {
	}

}
