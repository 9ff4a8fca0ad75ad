package io.tailor.scoring.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tailor.scoring.skills.SkillExtractor;

/**
 * Reads a job description's requirements: its bullet lines (or, without bullets, its
 * sentences that name a skill), must-have unless under a "nice to have" heading or worded
 * as preferred.
 */
public class RequirementExtractor {

	private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•▪◦‣]|\\d+[.)])\\s+");

	private static final Pattern NICE = Pattern
		.compile("nice[ -]to[ -]have|preferred|bonus|a plus|desirable|optional|ideally", Pattern.CASE_INSENSITIVE);

	private static final Pattern NOT_REQUIREMENTS = Pattern
		.compile("offer|benefit|perk|compensation|salary|pay\\b|about (us|the company|the team)|who we are|why join|"
				+ "how to apply|hiring process|interview|equal opportunit", Pattern.CASE_INSENSITIVE);

	private static final Pattern YEARS = Pattern.compile("(\\d{1,2})\\s*\\+?\\s*(?:years|yrs)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern DEGREE = Pattern
		.compile("\\b(ph\\.?d|doctorate|master'?s?|bachelor'?s?|b\\.?sc|m\\.?sc|degree)\\b", Pattern.CASE_INSENSITIVE);

	private final SkillExtractor skills;

	public RequirementExtractor(SkillExtractor skills) {
		this.skills = skills;
	}

	public List<Requirement> extract(String jobDescription) {
		List<Requirement> bullets = new ArrayList<>();
		List<Requirement> sentences = new ArrayList<>();
		boolean niceSection = false;
		boolean skipped = false;
		for (String raw : jobDescription.split("\\R")) {
			String line = raw.strip();
			if (line.isEmpty()) {
				continue;
			}
			if (isHeading(line)) {
				niceSection = NICE.matcher(line).find();
				skipped = NOT_REQUIREMENTS.matcher(line).find();
				continue;
			}
			if (skipped) {
				continue;
			}
			Matcher bullet = BULLET.matcher(line);
			if (bullet.find()) {
				bullets.add(requirement(bullet.replaceFirst(""), niceSection));
			}
			else {
				sentences.addAll(sentenceRequirements(line, niceSection));
			}
		}
		return bullets.isEmpty() ? sentences : bullets;
	}

	private List<Requirement> sentenceRequirements(String line, boolean niceSection) {
		List<Requirement> found = new ArrayList<>();
		for (String sentence : line.split("(?<=[.!?])\\s+")) {
			Requirement requirement = requirement(sentence, niceSection);
			if (!requirement.skills().isEmpty() || requirement.years() != null) {
				found.add(requirement);
			}
		}
		return found;
	}

	private Requirement requirement(String text, boolean niceSection) {
		boolean nice = niceSection || NICE.matcher(text).find();
		Matcher years = YEARS.matcher(text);
		Matcher degree = DEGREE.matcher(text);
		return new Requirement(text, nice ? Requirement.Importance.NICE : Requirement.Importance.MUST,
				years.find() ? Integer.valueOf(years.group(1)) : null,
				degree.find() ? degree.group(1).toLowerCase(Locale.ROOT) : null, this.skills.extract(text));
	}

	/**
	 * A heading: Markdown, ending in a colon, or a short line that is neither a bullet
	 * nor a sentence (at most six words, no closing punctuation).
	 */
	private static boolean isHeading(String line) {
		if (line.startsWith("#") || (line.endsWith(":") && line.length() <= 60)) {
			return true;
		}
		return !BULLET.matcher(line).find() && line.length() <= 50 && line.split("\\s+").length <= 6
				&& !line.matches(".*[.!?,;]$") && line.matches(".*\\p{L}.*");
	}

}
