package io.tailor.scoring.skills;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.tailor.scoring.parsing.Language;

/**
 * Finds dictionary skills in text, longest name first, on token boundaries; names that
 * are also ordinary words follow {@link WordNames}. A name that is also a common word
 * (Go, R, C, Make) counts only written exactly as in the dictionary, not glued to
 * {@code &} or an apostrophe (R&amp;D, C's), and either named as one ("Go programming",
 * "the R language") or as an item of a list that names another skill ("Languages: C, Go,
 * Python").
 *
 * <p>
 * With a {@link SpanTagger}, a span it marks that no dictionary name overlaps is found as
 * {@code tagged} knowledge under its own words (Impella, sepsis bundle), unless it is a
 * single ordinary English word. The shipped extractor drops a tool or field named in
 * running text that the tagger is nearly sure is no skill there; never a certification,
 * licence or language, nor a name set off as a list item: trained on software and
 * logistics job ads, the tagger doubts those unfairly.
 */
public class SkillExtractor {

	/**
	 * The tagger learnt English; a text in another language gets dictionary names only.
	 */
	private static final Set<String> TAGGED_LANGUAGES = Set.of("en", "und");

	private final SkillDictionary dictionary;

	private final SpanTagger tagger;

	private final ContextVectors vectors;

	private static final double NEVER = 2;

	/**
	 * How sure the shipped tagger must be that a name is no skill where it stands, chosen
	 * on SkillSpan's dev folds.
	 */
	static final double SHIPPED_DOUBT = 0.9;

	/** The kinds the tagger learnt to mark; it doubts the others unfairly. */
	private static final Set<Skill.Kind> DOUBTED_KINDS = Set.of(Skill.Kind.TOOL, Skill.Kind.KNOWLEDGE);

	private final double doubt;

	public SkillExtractor(SkillDictionary dictionary) {
		this(dictionary, null, null);
	}

	public SkillExtractor(SkillDictionary dictionary, SpanTagger tagger) {
		this(dictionary, tagger, null);
	}

	/**
	 * A tagger that reads context vectors gets them from {@code vectors}, of the size it
	 * was trained on; another model of that size (the int8 one) is the caller's choice.
	 */
	public SkillExtractor(SkillDictionary dictionary, SpanTagger tagger, ContextVectors vectors) {
		this(dictionary, tagger, vectors, NEVER);
	}

	/**
	 * With {@code doubt} below 1, a tool or field the dictionary names in running text
	 * (not set off as a list item), in words the tagger saw in training, whose tokens it
	 * finds outside every span with at least that probability, on average, is dropped.
	 */
	public SkillExtractor(SkillDictionary dictionary, SpanTagger tagger, ContextVectors vectors, double doubt) {
		if (tagger != null && tagger.readsContext()
				&& (vectors == null || tagger.contextDimensions() != SpanFeatures.contextDimensions(vectors))) {
			throw new IllegalArgumentException("This span tagger reads the context vectors of " + tagger.contextModel()
					+ "; " + ((vectors == null) ? "none were given"
							: vectors.model() + " gives vectors of another size (" + vectors.dimensions() + ")"));
		}
		this.dictionary = dictionary;
		this.tagger = tagger;
		this.vectors = vectors;
		this.doubt = doubt;
	}

	/**
	 * The extractor the service runs: the shipped dictionary and span tagger, which reads
	 * the context vectors of the model it was trained with.
	 */
	public static SkillExtractor shipped(ContextVectors vectors) {
		return new SkillExtractor(SkillDictionary.load("skills/skills.tsv"), shippedTagger(), vectors, SHIPPED_DOUBT);
	}

	public static SpanTagger shippedTagger() {
		return SpanTagger.load("skills/span-tagger.tsv");
	}

	/** The model whose context vectors the tagger was trained on, or null. */
	public String contextModel() {
		return (this.tagger != null) ? this.tagger.contextModel() : null;
	}

	public SkillDictionary dictionary() {
		return this.dictionary;
	}

	/** Each skill once, at its first occurrence. */
	public List<SkillMatch> extract(String text) {
		return extract(text, (m) -> true);
	}

	/** Each skill once, at its first occurrence that {@code keep} keeps. */
	public List<SkillMatch> extract(String text, Predicate<SkillMatch> keep) {
		return extractEach(List.of(text), keep, false).getFirst();
	}

	/**
	 * What {@link #extract(String)} finds in each text of a job ad, each with its own
	 * language guess, the context vectors of all of them from one pass of the model; a
	 * name the tagger doubts there is left out (the doubt was chosen on job ads, never on
	 * résumés).
	 */
	public List<List<SkillMatch>> extractFromJob(List<String> texts) {
		return extractEach(texts, (m) -> true, true);
	}

	private List<List<SkillMatch>> extractEach(List<String> texts, Predicate<SkillMatch> keep, boolean doubting) {
		List<Text> read = texts.stream().map(this::read).toList();
		Iterator<float[][]> context = contextOf(read).iterator();
		List<List<SkillMatch>> found = new ArrayList<>(read.size());
		for (Text text : read) {
			Map<String, SkillMatch> first = new LinkedHashMap<>();
			int offset = 0;
			for (int k = 0; k < text.lines().size(); k++) {
				int lineStart = offset;
				float[][] vectors = (text.tag() && context.hasNext()) ? context.next() : null;
				extractLine(text.lines().get(k), text.tokens().get(k), text.tag(), vectors, doubting).stream()
					.map((m) -> shift(m, lineStart))
					.filter(keep)
					.forEach((m) -> first.putIfAbsent(m.id(), m));
				offset += text.lines().get(k).length() + 1;
			}
			found.add(List.copyOf(first.values()));
		}
		return found;
	}

	private Text read(String text) {
		List<String> lines = List.of(text.split("\n", -1));
		return new Text(lines, lines.stream().map(Tokens::of).toList(),
				this.tagger != null && TAGGED_LANGUAGES.contains(Language.guess(text)));
	}

	/**
	 * The context vectors of the lines of the texts the tagger reads, in order, or none
	 * when it reads none.
	 */
	private List<float[][]> contextOf(List<Text> texts) {
		if (this.tagger == null || !this.tagger.readsContext()) {
			return List.of();
		}
		List<String> lines = new ArrayList<>();
		List<List<Tokens.Token>> tokens = new ArrayList<>();
		texts.stream().filter(Text::tag).forEach((t) -> {
			lines.addAll(t.lines());
			tokens.addAll(t.tokens());
		});
		return lines.isEmpty() ? List.of() : SpanFeatures.context(this.vectors, lines, tokens);
	}

	/** A text's lines, their tokens, and whether the tagger reads it. */
	private record Text(List<String> lines, List<List<Tokens.Token>> tokens, boolean tag) {
	}

	private List<SkillMatch> extractLine(String line, List<Tokens.Token> tokens, boolean tag, float[][] context,
			boolean doubting) {
		List<SkillMatch> clear = new ArrayList<>();
		List<SkillMatch> listed = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			SkillDictionary.Name name = this.dictionary.longestAt(tokens, i, (skill) -> true);
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
		return (!tag || tokens.isEmpty()) ? clear : withTagger(line, tokens, clear, context, doubting);
	}

	private List<SkillMatch> withTagger(String line, List<Tokens.Token> tokens, List<SkillMatch> known,
			float[][] context, boolean doubting) {
		List<List<String>> features = SpanFeatures.of(line, tokens, this.dictionary);
		List<SkillMatch> found = new ArrayList<>(known);
		if (doubting && this.doubt < 1) {
			double[] outside = this.tagger.outside(features, context);
			found.removeIf((k) -> !ShortNames.listItem(line, k.start(), k.end()) && doubted(tokens, outside, k));
		}
		List<int[]> spans = this.tagger.spans(features, context);
		for (int[] span : spans) {
			SkillMatch t = tagged(line, tokens, span);
			boolean capitalisedWord = span[1] - span[0] == 1 && opensSentence(line, t.start())
					&& this.dictionary.words().ordinary(t.span());
			if (!capitalisedWord && TaggedSpans.plausible(line, t.span())
					&& known.stream().noneMatch((k) -> overlap(t, k))) {
				found.add(t);
			}
		}
		return found;
	}

	private boolean doubted(List<Tokens.Token> tokens, double[] outside, SkillMatch match) {
		double sum = 0;
		int count = 0;
		for (int i = 0; i < tokens.size(); i++) {
			if (tokens.get(i).start() >= match.start() && tokens.get(i).end() <= match.end()) {
				if (!this.tagger.knows(tokens.get(i).normalized())) {
					return false;
				}
				sum += outside[i];
				count++;
			}
		}
		return count > 0 && sum / count >= this.doubt && DOUBTED_KINDS.contains(match.kind());
	}

	private static boolean opensSentence(String line, int start) {
		String before = line.substring(0, start).strip();
		return before.isEmpty() || ".!?:;•-*".indexOf(before.charAt(before.length() - 1)) >= 0;
	}

	private static SkillMatch tagged(String line, List<Tokens.Token> tokens, int[] span) {
		int start = tokens.get(span[0]).start();
		int end = tokens.get(span[1] - 1).end();
		String text = line.substring(start, end);
		return new SkillMatch("span:" + String.join(" ", Tokens.normalized(text)), text, text, start, end, 0.5,
				SkillMatch.TAGGED, Skill.Kind.KNOWLEDGE);
	}

	private static boolean overlap(SkillMatch a, SkillMatch b) {
		return a.start() < b.end() && b.start() < a.end();
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
