package io.tailor.scoring.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.tailor.scoring.skills.Skill;
import io.tailor.scoring.skills.SkillMatch;

/**
 * A skill the job and the résumé both name, in different words: {@code job} as the job
 * writes it (the skill's label when the job writes that in other case), {@code resume} as
 * the résumé does ("Kubernetes" and "K8s", "RN" and "Registered Nurse"). Left out: soft
 * skills, skills only the span tagger found, names that differ only in case or
 * punctuation (Node.js, NodeJS), and skills whose job wording the résumé already uses
 * somewhere.
 */
public record SkillWording(String id, String label, String job, String resume) {

	static List<SkillWording> of(List<SkillMatch> asked, Map<String, SkillMatch> named, String resumeText) {
		List<SkillWording> wordings = new ArrayList<>();
		for (SkillMatch wanted : asked) {
			SkillMatch own = named.get(wanted.id());
			if (own == null || wanted.tagged() || wanted.kind() == Skill.Kind.SOFT
					|| letters(wanted.span()).equals(letters(own.span())) || uses(resumeText, wanted.span())) {
				continue;
			}
			String job = wanted.span().equalsIgnoreCase(wanted.label()) ? wanted.label() : wanted.span();
			wordings.add(new SkillWording(wanted.id(), wanted.label(), job, own.span()));
		}
		return List.copyOf(wordings);
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
