package io.tailor.scoring.skills;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The skills Tailor knows, indexed by the first token of each name. Loaded from the
 * {@code skills/skills.tsv} resource that {@code ops/data/build_skill_dictionary.py}
 * derives from O*NET and ESCO.
 */
public class SkillDictionary {

	private final Map<String, List<Name>> byFirstToken = new HashMap<>();

	private final Map<String, Skill> byId = new HashMap<>();

	private final int size;

	private final CommonWords words;

	SkillDictionary(List<Skill> skills) {
		this(skills, CommonWords.none());
	}

	SkillDictionary(List<Skill> skills, CommonWords words) {
		this.words = words;
		for (Skill skill : skills) {
			this.byId.put(skill.id(), skill);
			index(skill, skill.label());
			skill.aliases().forEach((alias) -> index(skill, alias));
		}
		this.size = skills.size();
	}

	public static SkillDictionary load(String resource) {
		try (InputStream in = SkillDictionary.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Skill dictionary not on the classpath: " + resource);
			}
			return new SkillDictionary(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))),
					CommonWords.shipped());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The same dictionary with only the skills that pass. */
	public SkillDictionary only(Predicate<Skill> keep) {
		return new SkillDictionary(
				this.byId.values().stream().filter(keep).sorted(Comparator.comparing(Skill::id)).toList(), this.words);
	}

	CommonWords words() {
		return this.words;
	}

	public int size() {
		return this.size;
	}

	/** The skill with this canonical id, if Tailor knows it. */
	public Optional<Skill> find(String id) {
		return Optional.ofNullable(this.byId.get(id));
	}

	/**
	 * The longest name of a skill that passes {@code keep} whose tokens are those at
	 * {@code i}; null when none.
	 */
	Name longestAt(List<Tokens.Token> tokens, int i, Predicate<Skill> keep) {
		Name best = null;
		for (Name name : this.byFirstToken.getOrDefault(tokens.get(i).normalized(), List.of())) {
			if (keep.test(name.skill()) && matchesAt(name.tokens(), tokens, i)
					&& (best == null || name.tokens().size() > best.tokens().size())) {
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

	private void index(Skill skill, String name) {
		List<String> tokens = Tokens.normalized(name);
		if (!tokens.isEmpty()) {
			this.byFirstToken.computeIfAbsent(tokens.get(0), (k) -> new ArrayList<>())
				.add(new Name(skill, name, tokens));
		}
	}

	private static List<Skill> parse(BufferedReader reader) throws IOException {
		List<Skill> skills = new ArrayList<>();
		String header = reader.readLine();
		List<String> columns = Arrays.asList(header.split("\t", -1));
		String line;
		while ((line = reader.readLine()) != null) {
			String[] f = line.split("\t", -1);
			List<String> aliases = f[columns.indexOf("aliases")].isBlank() ? List.of()
					: List.of(f[columns.indexOf("aliases")].split("\\|"));
			skills.add(new Skill(f[columns.indexOf("id")], f[columns.indexOf("label")], aliases,
					f[columns.indexOf("source")], "Y".equals(f[columns.indexOf("ambiguous")]),
					Skill.Kind.of(f[columns.indexOf("source")], f[columns.indexOf("category")])));
		}
		return skills;
	}

	/** One name of a skill, as written and as tokens. */
	record Name(Skill skill, String written, List<String> tokens) {
	}

}
