package io.tailor.scoring.matching;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.tailor.scoring.parsing.Field;
import io.tailor.scoring.parsing.ParsedResume;
import io.tailor.scoring.parsing.ResumeLine;
import io.tailor.scoring.parsing.SectionKind;
import io.tailor.scoring.skills.SkillMatch;

/**
 * Where a span the tagger found in a résumé names no skill: on a contact line, or on an
 * entry's own lines (its line, and the one under it unless that is a bullet) within the
 * title, employer, place, degree or institution it carries ("Portland", "Lane Community
 * College"). The same words elsewhere, and dictionary skills anywhere, are kept.
 */
final class EntryNames {

	private final Map<Integer, Set<String>> namesByLine;

	private final Set<Integer> contactLines;

	private final int[] lineStarts;

	private EntryNames(Map<Integer, Set<String>> namesByLine, Set<Integer> contactLines, int[] lineStarts) {
		this.namesByLine = namesByLine;
		this.contactLines = contactLines;
		this.lineStarts = lineStarts;
	}

	static EntryNames of(ParsedResume resume, int[] lineStarts) {
		Map<Integer, Set<String>> names = new HashMap<>();
		Map<Integer, String> texts = resume.lines()
			.stream()
			.collect(Collectors.toMap(ResumeLine::number, ResumeLine::text, (x, y) -> x));
		for (var e : resume.experience()) {
			String next = texts.getOrDefault(e.line() + 1, "");
			boolean bullet = e.bullets().stream().anyMatch(next::endsWith);
			add(names, e.line(), bullet ? 0 : 1, Stream.of(e.title(), e.employer(), e.location()));
		}
		resume.education().forEach((e) -> add(names, e.line(), 1, Stream.of(e.degree(), e.institution())));
		Set<Integer> contact = resume.lines()
			.stream()
			.filter((l) -> l.section() == SectionKind.CONTACT)
			.map(ResumeLine::number)
			.collect(Collectors.toSet());
		return new EntryNames(names, contact, lineStarts);
	}

	private static void add(Map<Integer, Set<String>> names, int line, int linesUnder, Stream<Field> fields) {
		Set<String> values = fields.filter(Objects::nonNull)
			.map(Field::value)
			.filter(Objects::nonNull)
			.map(EntryNames::folded)
			.collect(Collectors.toSet());
		for (int at = line; at <= line + linesUnder; at++) {
			names.computeIfAbsent(at, (k) -> new HashSet<>()).addAll(values);
		}
	}

	boolean namesNoSkill(SkillMatch skill) {
		if (!skill.tagged()) {
			return false;
		}
		int line = lineOf(skill.start());
		String span = folded(skill.span());
		return this.contactLines.contains(line)
				|| this.namesByLine.getOrDefault(line, Set.of()).stream().anyMatch((n) -> n.contains(span));
	}

	private int lineOf(int offset) {
		int at = Arrays.binarySearch(this.lineStarts, offset);
		return ((at >= 0) ? at : -at - 2) + 1;
	}

	/**
	 * Lower case, words between single spaces and one at each end, so "contains" is by
	 * word.
	 */
	private static String folded(String text) {
		return " " + text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
	}

}
