package io.tailor.worker.rendering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tailor.worker.tailoring.MarkdownText;

/**
 * Reads the tailored résumé's Markdown into {@link Block}s: "#" the name, "##" headings,
 * bullets, entry lines (parts separated by tabs, " | " or " — ", or ending in a date
 * range), paragraphs; {@code **bold**} and {@code __bold__} become bold runs and the
 * marks go.
 */
final class ResumeModel {

	private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";

	private static final String POINT = "(?:(?:" + MONTH
			+ "\\s+)?(?:19|20)\\d{2}|\\d{1,2}/(?:19|20)\\d{2}|(?:19|20)\\d{2})";

	private static final Pattern DATES = Pattern.compile("(?i)[,(\\s]*(" + POINT + "(?:\\s*(?:[-–—]|to|bis)\\s*(?:"
			+ POINT + "|present|current|now|today|heute))?)\\)?\\s*$");

	private static final Pattern SEPARATORS = Pattern.compile("\\t+|\\s+\\|\\s+|\\s+[—–]\\s+|\\s{3,}");

	private static final Pattern SINCE = Pattern.compile("(?i)\\b(?:since|in|from|of|by|until|seit|depuis|desde)\\s*$");

	private static final int MAX_TITLE = 120;

	/**
	 * A line opening with an e-mail address or a link: contact details, not a sentence's
	 * rest.
	 */
	private static final Pattern ADDRESS_FIRST = Pattern.compile("^(?:\\S*@|\\S*://|www\\.|[\\w-]+(?:\\.[\\w-]+)+/)");

	private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*|__(.+?)__");

	private ResumeModel() {
	}

	static List<Block> of(String markdown) {
		List<Block> blocks = new ArrayList<>();
		for (String line : markdown.lines().toList()) {
			if (line.isBlank()) {
				continue;
			}
			Block block = block(line);
			Block joined = blocks.isEmpty() ? null : joined(blocks.getLast(), line);
			if (joined != null) {
				blocks.set(blocks.size() - 1, joined);
			}
			else {
				blocks.add(block);
			}
		}
		return blocks;
	}

	/**
	 * A line that only goes on the block before it, as narrow columns wrap them: the rest
	 * of an open sentence (lower case, a bracket), or the dates of a title line above
	 * (short, not a finished sentence). Null when the line stands on its own.
	 */
	private static Block joined(Block previous, String line) {
		String content = MarkdownText.content(line);
		if (MarkdownText.isBullet(line) || line.strip().startsWith("#") || content.isEmpty()) {
			return null;
		}
		if (previous instanceof Block.Paragraph p && onlyDates(content) && titleLike(plainText(p.text()))) {
			String title = plainText(p.text()).replaceFirst(",$", "").strip();
			return new Block.Entry(List.of(title), content.strip());
		}
		if (previous instanceof Block.Entry e && e.dates() == null && onlyDates(content)) {
			return new Block.Entry(e.parts(), content.strip());
		}
		boolean continues = (Character.isLowerCase(content.codePointAt(0)) && !ADDRESS_FIRST.matcher(content).find())
				|| content.startsWith("(");
		if (!continues) {
			return null;
		}
		return switch (previous) {
			case Block.Bullet b when open(b.text()) -> new Block.Bullet(append(b.text(), content));
			case Block.Paragraph p when open(p.text()) -> new Block.Paragraph(append(p.text(), content));
			default -> null;
		};
	}

	/** A line that could head an entry: short, not a finished sentence. */
	private static boolean titleLike(String text) {
		return text.length() <= MAX_TITLE && !text.matches("(?s).*[.!?:;]$");
	}

	private static boolean onlyDates(String content) {
		Matcher dates = DATES.matcher(content.strip());
		return dates.find() && dates.start() == 0;
	}

	private static boolean open(List<Block.Inline> text) {
		return !plainText(text).matches("(?s).*[.!?:;]$");
	}

	private static List<Block.Inline> append(List<Block.Inline> text, String more) {
		List<Block.Inline> runs = new ArrayList<>(text);
		if (!plainText(text).endsWith("-")) {
			runs.add(new Block.Inline(" ", false));
		}
		runs.addAll(inline(more));
		return runs;
	}

	private static String plainText(List<Block.Inline> text) {
		StringBuilder out = new StringBuilder();
		text.forEach((r) -> out.append(r.text()));
		return out.toString().strip();
	}

	private static Block block(String line) {
		String stripped = line.strip();
		String content = MarkdownText.content(line);
		if (stripped.startsWith("# ")) {
			return new Block.Title(inline(content));
		}
		if (stripped.startsWith("#")) {
			return new Block.Heading(inline(content));
		}
		if (MarkdownText.isBullet(line)) {
			return new Block.Bullet(inline(content));
		}
		Block.Entry entry = entry(content);
		return (entry != null) ? entry : new Block.Paragraph(inline(content));
	}

	/**
	 * An entry when the line has separated parts or ends in a date range after some
	 * words.
	 */
	static Block.Entry entry(String content) {
		String plain = plain(content);
		Matcher dates = DATES.matcher(plain);
		boolean dated = dates.find() && dates.start() > 0 && !SINCE.matcher(plain.substring(0, dates.start())).find();
		String rest = dated ? plain.substring(0, dates.start()) : plain;
		List<String> parts = Arrays.stream(SEPARATORS.split(rest.strip()))
			.map(String::strip)
			.map((p) -> p.replaceAll("[,;]$", ""))
			.filter((p) -> !p.isEmpty())
			.toList();
		boolean separated = parts.size() > 1 && plain.length() <= 160;
		if ((!dated && !separated) || parts.isEmpty() || plain.length() > 160) {
			return null;
		}
		return new Block.Entry(parts, dated ? dates.group(1).strip() : null);
	}

	static List<Block.Inline> inline(String text) {
		List<Block.Inline> runs = new ArrayList<>();
		Matcher bold = BOLD.matcher(text);
		int at = 0;
		while (bold.find()) {
			add(runs, text.substring(at, bold.start()), false);
			add(runs, (bold.group(1) != null) ? bold.group(1) : bold.group(2), true);
			at = bold.end();
		}
		add(runs, text.substring(at), false);
		return runs;
	}

	/** The text a reader sees: bold marks gone, tabs as single spaces. */
	static String plain(String text) {
		return BOLD.matcher(text)
			.replaceAll((m) -> Matcher.quoteReplacement((m.group(1) != null) ? m.group(1) : m.group(2)));
	}

	private static void add(List<Block.Inline> runs, String text, boolean bold) {
		String clean = text.replace('\t', ' ');
		if (!clean.isEmpty()) {
			runs.add(new Block.Inline(clean, bold));
		}
	}

}
