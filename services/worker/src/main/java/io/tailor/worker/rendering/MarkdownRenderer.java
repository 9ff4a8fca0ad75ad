package io.tailor.worker.rendering;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The résumé's {@link Block}s as CommonMark that renders as a résumé: a blank line
 * between blocks (so lines never run together into one paragraph), bullets as one list
 * per position, entries as "**Title** · Employer · dates", no tabs.
 */
final class MarkdownRenderer {

	private MarkdownRenderer() {
	}

	static byte[] render(String markdown) {
		StringBuilder out = new StringBuilder();
		Block previous = null;
		for (Block block : ResumeModel.of(markdown)) {
			if (previous != null) {
				out.append((previous instanceof Block.Bullet && block instanceof Block.Bullet) ? "\n" : "\n\n");
			}
			out.append(line(block));
			previous = block;
		}
		return out.append('\n').toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String line(Block block) {
		return switch (block) {
			case Block.Title t -> "# " + plain(t.text());
			case Block.Heading h -> "## " + plain(h.text());
			case Block.Bullet b -> "- " + marked(b.text());
			case Block.Paragraph p -> marked(p.text());
			case Block.Entry e -> "**" + e.parts().get(0) + "**"
					+ e.parts().stream().skip(1).map((p) -> " · " + p).collect(Collectors.joining())
					+ ((e.dates() != null) ? " · " + e.dates() : "");
		};
	}

	private static String plain(List<Block.Inline> text) {
		return text.stream().map(Block.Inline::text).collect(Collectors.joining());
	}

	private static String marked(List<Block.Inline> text) {
		return text.stream()
			.map((r) -> r.bold() ? "**" + r.text().strip() + "**" + (r.text().endsWith(" ") ? " " : "") : r.text())
			.collect(Collectors.joining());
	}

}
