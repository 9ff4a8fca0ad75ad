package io.tailor.scoring.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.tailor.scoring.skills.Skill;
import io.tailor.scoring.skills.SkillMatch;

/**
 * A skill the job and the résumé both name, in different words: {@code job} as the job
 * writes it (the skill's label when the job writes that in other case), {@code resume} as
 * the résumé does ("Kubernetes" and "K8s", "RN" and "Registered Nurse"). Left out: soft
 * skills, skills only the span tagger found, names that differ only in case or
 * punctuation (Node.js, NodeJS), names that are not one name written two ways
 * ({@link #sameName}), and skills whose job wording the résumé already uses somewhere.
 */
public record SkillWording(String id, String label, String job, String resume) {

	static List<SkillWording> of(List<SkillMatch> asked, Map<String, SkillMatch> named, String resumeText) {
		List<SkillWording> wordings = new ArrayList<>();
		for (SkillMatch wanted : asked) {
			SkillMatch own = named.get(wanted.id());
			if (own == null || wanted.tagged() || wanted.kind() == Skill.Kind.SOFT
					|| letters(wanted.span()).equals(letters(own.span())) || !sameName(wanted.span(), own.span())
					|| uses(resumeText, wanted.span())) {
				continue;
			}
			String job = wanted.span().equalsIgnoreCase(wanted.label()) ? wanted.label() : wanted.span();
			wordings.add(new SkillWording(wanted.id(), wanted.label(), job, own.span()));
		}
		return List.copyOf(wordings);
	}

	/**
	 * Whether two names of a skill are one name written two ways, so that either states
	 * what the other does: one the other's acronym ("BLS", "Basic Life Support"; "RN
	 * license", "Registered Nurse license") or numeronym ("K8s", "Kubernetes"), or the
	 * other with its vendor's name before it ("Excel", "Microsoft Excel"). A dictionary's
	 * aliases are not all of this kind ("journeyman license" and "master electrician
	 * license" are one skill there; "Visio" and "Visio 2016").
	 */
	static boolean sameName(String a, String b) {
		List<String> x = new ArrayList<>(List.of(a.strip().split("\\s+")));
		List<String> y = new ArrayList<>(List.of(b.strip().split("\\s+")));
		while (!x.isEmpty() && !y.isEmpty() && x.getFirst().equalsIgnoreCase(y.getFirst())) {
			x.removeFirst();
			y.removeFirst();
		}
		while (!x.isEmpty() && !y.isEmpty() && x.getLast().equalsIgnoreCase(y.getLast())) {
			x.removeLast();
			y.removeLast();
		}
		if (x.isEmpty() || y.isEmpty()) {
			List<String> rest = x.isEmpty() ? y : x;
			return rest.size() == 1 && VENDORS.contains(rest.getFirst().toLowerCase(Locale.ROOT));
		}
		return (x.size() == 1 && (acronym(x.getFirst(), y) || numeronym(x.getFirst(), y)))
				|| (y.size() == 1 && (acronym(y.getFirst(), x) || numeronym(y.getFirst(), x)));
	}

	private static final Set<String> VENDORS = Set.of("microsoft", "ms", "google", "apache", "adobe", "oracle", "ibm",
			"sap", "amazon", "aws", "autodesk", "atlassian", "salesforce", "cisco");

	private static final Set<String> LINKS = Set.of("of", "and", "for", "the", "in", "&");

	private static boolean acronym(String candidate, List<String> words) {
		if (!candidate.matches("\\p{Lu}{2,8}")) {
			return false;
		}
		String all = initials(words, false);
		String content = initials(words, true);
		return candidate.equals(all) || candidate.equals(content);
	}

	private static String initials(List<String> words, boolean skipLinks) {
		StringBuilder out = new StringBuilder();
		for (String word : words) {
			if (!(skipLinks && LINKS.contains(word.toLowerCase(Locale.ROOT))) && !word.isEmpty()) {
				out.append(Character.toUpperCase(word.charAt(0)));
			}
		}
		return out.toString();
	}

	/** "K8s" for "Kubernetes": first letter, how many letters between, last letter. */
	private static boolean numeronym(String candidate, List<String> words) {
		if (words.size() != 1 || !candidate.matches("\\p{L}\\d{1,2}\\p{L}")) {
			return false;
		}
		String word = words.getFirst();
		int between = Integer.parseInt(candidate.substring(1, candidate.length() - 1));
		return word.length() == between + 2
				&& Character.toLowerCase(word.charAt(0)) == Character.toLowerCase(candidate.charAt(0))
				&& Character.toLowerCase(word.charAt(word.length() - 1)) == Character
					.toLowerCase(candidate.charAt(candidate.length() - 1));
	}

	private static String letters(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
	}

	private static boolean uses(String text, String words) {
		return Pattern
			.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])",
					Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
			.matcher(text)
			.find();
	}

}
