package io.tailor.scoring.matching;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
 * Where a span the tagger found in a résumé names no skill: on a contact line, or within
 * a title, employer, place, degree or institution its entries carry ("Portland", "Lane
 * Community College"). Dictionary skills are kept wherever they are.
 */
final class EntryNames {

	private final Set<String> names;

	private final Set<Integer> contactLines;

	private final int[] lineStarts;

	private EntryNames(Set<String> names, Set<Integer> contactLines, int[] lineStarts) {
		this.names = names;
		this.contactLines = contactLines;
		this.lineStarts = lineStarts;
	}

	static EntryNames of(ParsedResume resume, int[] lineStarts) {
		Stream<Field> experience = resume.experience()
			.stream()
			.flatMap((e) -> Stream.of(e.title(), e.employer(), e.location()));
		Stream<Field> education = resume.education().stream().flatMap((e) -> Stream.of(e.degree(), e.institution()));
		Set<String> names = Stream.concat(experience, education)
			.filter(Objects::nonNull)
			.map(Field::value)
			.filter(Objects::nonNull)
			.map(EntryNames::folded)
			.collect(Collectors.toSet());
		Set<Integer> contact = resume.lines()
			.stream()
			.filter((l) -> l.section() == SectionKind.CONTACT)
			.map(ResumeLine::number)
			.collect(Collectors.toSet());
		return new EntryNames(names, contact, lineStarts);
	}

	boolean namesNoSkill(SkillMatch skill) {
		if (!skill.tagged()) {
			return false;
		}
		String span = folded(skill.span());
		return this.contactLines.contains(lineOf(skill.start()))
				|| this.names.stream().anyMatch((n) -> n.contains(span));
	}

	List<SkillMatch> skills(List<SkillMatch> found) {
		return found.stream().filter((s) -> !namesNoSkill(s)).toList();
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
		return " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
	}

}
