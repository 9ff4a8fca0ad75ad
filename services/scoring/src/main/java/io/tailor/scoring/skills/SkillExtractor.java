package io.tailor.scoring.skills;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds dictionary skills in text, longest name first, on token boundaries; names that
 * are also ordinary words follow {@link WordNames}. A name that is also a common word
 * (Go, R, C, Make) counts only written exactly as in the dictionary, not glued to
 * {@code &} or an apostrophe (R&amp;D, C's), and either named as one ("Go programming",
 * "the R language") or as an item of a list that names another skill ("Languages: C, Go,
 * Python").
 */
public class SkillExtractor {

	private final SkillDictionary dictionary;

	public SkillExtractor(SkillDictionary dictionary) {
		this.dictionary = dictionary;
	}

	public SkillDictionary dictionary() {
		return this.dictionary;
	}

	/** Each skill once, at its first occurrence. */
	public List<SkillMatch> extract(String text) {
		Map<String, SkillMatch> found = new LinkedHashMap<>();
		int offset = 0;
		for (String line : text.split("\n", -1)) {
			int lineStart = offset;
			extractLine(line).forEach((m) -> found.putIfAbsent(m.id(), shift(m, lineStart)));
			offset += line.length() + 1;
		}
		return List.copyOf(found.values());
	}

	private List<SkillMatch> extractLine(String line) {
		List<Tokens.Token> tokens = Tokens.of(line);
		List<SkillMatch> clear = new ArrayList<>();
		List<SkillMatch> listed = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			SkillDictionary.Name name = longestAt(tokens, i);
			if (name == null) {
				i++;
				continue;
			}
			int end = i + name.tokens().size();
			Tokens.Token first = tokens.get(i);
			Tokens.Token last = tokens.get(end - 1);
			String span = line.substring(first.start(), last.end());
			if (!name.skill().ambiguous()) {
				clearOrListed(name, line, tokens, i, end, span, clear, listed);
			}
			else if (span.equals(name.written()) && !ShortNames.glued(line, first.start(), last.end())) {
				if (ShortNames.namedAsSkill(tokens, i, end)) {
					clear.add(match(name, span, first.start(), last.end(), 0.8, "context"));
				}
				else if (ShortNames.listItem(line, first.start(), last.end())) {
					listed.add(match(name, span, first.start(), last.end(), 0.6, "context"));
				}
			}
			i = end;
		}
		if (!clear.isEmpty()) {
			clear.addAll(listed);
		}
		return clear;
	}

	private void clearOrListed(SkillDictionary.Name name, String line, List<Tokens.Token> tokens, int i, int end,
			String span, List<SkillMatch> clear, List<SkillMatch> listed) {
		int start = tokens.get(i).start();
		int stop = tokens.get(end - 1).end();
		CommonWords words = this.dictionary.words();
		if (WordNames.caseSensitive(name.written(), words) && !span.equals(name.written())) {
			return;
		}
		SkillMatch match = match(name, span, start, stop, confidence(name, span), method(name));
		if (!WordNames.wordLike(name, words) || WordNames.usedAsName(line, start, span)
				|| ShortNames.namedAsSkill(tokens, i, end)) {
			clear.add(match);
		}
		else if (ShortNames.listItem(line, start, stop)) {
			listed.add(match);
		}
	}

	private SkillDictionary.Name longestAt(List<Tokens.Token> tokens, int i) {
		SkillDictionary.Name best = null;
		for (SkillDictionary.Name name : this.dictionary.startingWith(tokens.get(i).normalized())) {
			if (matchesAt(name.tokens(), tokens, i) && (best == null || name.tokens().size() > best.tokens().size())) {
				best = name;
			}
		}
		return best;
	}

	private static boolean matchesAt(List<String> name, List<Tokens.Token> tokens, int i) {
		if (i + name.size() > tokens.size()) {
			return false;
		}
		for (int k = 0; k < name.size(); k++) {
			if (!name.get(k).equals(tokens.get(i + k).normalized())) {
				return false;
			}
		}
		return true;
	}

	private static double confidence(SkillDictionary.Name name, String span) {
		return span.equalsIgnoreCase(name.skill().label()) ? 1.0 : 0.9;
	}

	private static String method(SkillDictionary.Name name) {
		return name.written().equals(name.skill().label()) ? "label" : "alias";
	}

	private static SkillMatch match(SkillDictionary.Name name, String span, int start, int end, double confidence,
			String method) {
		return new SkillMatch(name.skill().id(), name.skill().label(), span, start, end, confidence, method,
				name.skill().kind());
	}

	private static SkillMatch shift(SkillMatch m, int offset) {
		return new SkillMatch(m.id(), m.label(), m.span(), m.start() + offset, m.end() + offset, m.confidence(),
				m.method(), m.kind());
	}

}
