package io.tailor.scoring.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tailor.scoring.skills.CommonWords;
import io.tailor.scoring.skills.SkillExtractor;
import io.tailor.scoring.skills.SkillMatch;

/**
 * Reads a job description's requirements: its bullet lines (or, without bullets, its
 * sentences that name a skill or years; without those, its first sentences), must-have
 * unless under a "nice to have" heading or worded as preferred; sections about the
 * company, pay and benefits, and lines naming pay or perks, are left out. Headings in
 * English, German, French and Spanish.
 */
public class RequirementExtractor {

	private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•▪◦‣–·]|\\d+[.)])\\s+");

	private static final Pattern NICE = Pattern.compile(
			"nice[ -]to[ -]have|preferred|bonus|a plus|desirable|optional|ideally|wünschenswert|von vorteil|"
					+ "idealerweise|un plus|un atout|souhaité|deseable|valorable|se valorará",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern NOT_REQUIREMENTS = Pattern
		.compile("offer|benefit|perk|compensation|salary|pay\\b|about (us|the company|the team)|who we are|why join|"
				+ "how to apply|hiring process|interview|equal opportunit|wir bieten|was wir bieten|unser angebot|"
				+ "über uns|nous offrons|avantages|ofrecemos|sobre nosotros", Pattern.CASE_INSENSITIVE);

	private static final Pattern PAY_OR_PERK = Pattern.compile(
			"(?:EUR|USD|GBP|CHF|[$€£])\\s?\\d|\\d\\s?€|salary|vacation|holiday allowance|paid time off|\\bPTO\\b|"
					+ "401\\(k\\)|dental insurance|health insurance|gehalt|urlaub|salaire|congés|salario|vacaciones",
			Pattern.CASE_INSENSITIVE);

	/**
	 * A sentence that offers, describes the employer or asks to apply, in an ad written
	 * as running text: not a requirement.
	 */
	private static final Pattern NOT_A_REQUIREMENT_SENTENCE = Pattern
		.compile("^(?:we offer|we are\\b|our (?:company|team) is|apply|send (?:us )?your|wir bieten|wir sind\\b|"
				+ "melden sie sich|bewerben sie sich|senden sie|nous offrons|nous sommes|envoyez|postulez|"
				+ "ofrecemos|somos\\b|envía|envíanos|envíe)", Pattern.CASE_INSENSITIVE);

	/** The title and at most two lines of names and places under it. */
	private static final int HEADER_LINES = 3;

	private static final Set<String> CONNECTORS = Set.of("&", "and", "of", "the", "for", "at", "in", "de", "la", "le",
			"du", "der", "die", "und", "y", "el");

	/** Every word starts with a capital, a digit or a sign, or is a connector. */
	private static final Pattern TITLE_CASE = Pattern
		.compile("(?:(?:[\\p{Lu}\\p{N}&|·–—(\\-]\\S*|&|and|of|the|for|at|in|de|la|le|du|der|die|und|y|el)\\s*)+");

	/** Words of an ad's legal boilerplate, wherever they stand in a sentence. */
	private static final Pattern BOILERPLATE = Pattern.compile(
			"equal opportunit|e-verify|affirmative action|without regard to|reasonable accommodation|"
					+ "all qualified applicants|chancengleichheit|égalité des chances|igualdad de oportunidades",
			Pattern.CASE_INSENSITIVE);

	/**
	 * Fewer sentences naming a skill or years than this, in an ad without bullets, and
	 * the fallback adds its own.
	 */
	private static final int MIN_SENTENCES = 3;

	/**
	 * A line at least this long that ends without punctuation was wrapped at a fixed
	 * width.
	 */
	private static final int WRAP_WIDTH = 60;

	private static final int FALLBACK_LIMIT = 12;

	private static final int FALLBACK_MIN_TERMS = 3;

	private static final Pattern YEARS = Pattern.compile("(\\d{1,2})\\s*\\+?\\s*(?:years|yrs|jahre|ans\\b|años)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern DEGREE = Pattern.compile(
			"\\b(ph\\.?d|doctorate|master'?s?|bachelor'?s?|b\\.?sc|m\\.?sc|associate(?:'s|’s)? (?:degree|of)|degree)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final String SEPARATOR = "\\s+[–—|·-]\\s+";

	private final SkillExtractor skills;

	public RequirementExtractor(SkillExtractor skills) {
		this.skills = skills;
	}

	public List<Requirement> extract(String jobDescription) {
		List<Draft> bullets = new ArrayList<>();
		List<Draft> sentences = new ArrayList<>();
		boolean niceSection = false;
		boolean skipped = false;
		for (String line : unwrap(jobDescription)) {
			if (line.isEmpty()) {
				continue;
			}
			if (isHeading(line)) {
				niceSection = NICE.matcher(line).find();
				skipped = NOT_REQUIREMENTS.matcher(line).find();
				continue;
			}
			if (skipped || PAY_OR_PERK.matcher(line).find()) {
				continue;
			}
			Matcher bullet = BULLET.matcher(line);
			if (bullet.find()) {
				bullets.add(new Draft(bullet.replaceFirst(""), niceSection));
			}
			else {
				sentences.addAll(sentenceRequirements(line, niceSection));
			}
		}
		if (!bullets.isEmpty()) {
			return requirements(bullets);
		}
		List<Requirement> named = requirements(sentences).stream()
			.filter((r) -> !r.skills().isEmpty() || r.years() != null)
			.toList();
		if (named.size() >= MIN_SENTENCES) {
			return named;
		}
		List<Draft> fallback = fallback(jobDescription);
		return fallback.isEmpty() ? named : requirements(fallback);
	}

	/**
	 * The text's logical lines: a line that goes on a sentence the line before left open
	 * (no closing punctuation before it, and it starts in lower case) is joined to it, so
	 * that text wrapped at a fixed width reads as the sentences it is.
	 */
	static List<String> unwrap(String text) {
		List<String> lines = new ArrayList<>();
		for (String raw : text.split("\\R")) {
			String line = raw.strip();
			int last = lines.size() - 1;
			if (last >= 0 && continues(lines.get(last), line)) {
				lines.set(last, lines.get(last) + " " + line);
			}
			else {
				lines.add(line);
			}
		}
		return lines;
	}

	private static boolean continues(String previous, String line) {
		if (previous.isEmpty() || line.isEmpty() || previous.matches(".*[.!?:;]$") || BULLET.matcher(line).find()) {
			return false;
		}
		return Character.isLowerCase(line.codePointAt(0)) || (previous.length() >= WRAP_WIDTH && !isHeading(line));
	}

	/**
	 * A job description without bullets whose sentences name few known skills or years (a
	 * language or trade the dictionary does not cover): its first sentences with at least
	 * {@value #FALLBACK_MIN_TERMS} content terms, as must-haves, outside sections about
	 * the company or pay and apart from the lines above the text (title, employer,
	 * place), the legal boilerplate and sentences that offer, present the employer (by
	 * the name on the title line or the line under it) or ask to apply.
	 */
	private static List<Draft> fallback(String jobDescription) {
		List<Draft> found = new ArrayList<>();
		boolean skipped = false;
		int headerLines = 0;
		boolean header = true;
		List<String> employer = new ArrayList<>();
		for (String raw : unwrap(jobDescription)) {
			String line = BULLET.matcher(raw).replaceFirst("");
			if (line.isEmpty()) {
				header = header && headerLines == 0;
				continue;
			}
			if (header && headerLine(line, headerLines)) {
				employer.addAll(
						(headerLines == 0) ? titleNames(line) : (headerLines == 1) ? employerName(line) : List.of());
				headerLines++;
				continue;
			}
			header = false;
			if (isHeading(line)) {
				skipped = NOT_REQUIREMENTS.matcher(line).find();
				continue;
			}
			if (skipped) {
				continue;
			}
			for (String sentence : line.split("(?<=[.!?;])\\s+")) {
				if (found.size() < FALLBACK_LIMIT && !PAY_OR_PERK.matcher(sentence).find()
						&& !NOT_A_REQUIREMENT_SENTENCE.matcher(sentence).find() && !BOILERPLATE.matcher(sentence).find()
						&& !aboutTheEmployer(sentence, employer)
						&& Terms.of(sentence, CommonWords.shipped()).size() >= FALLBACK_MIN_TERMS) {
					found.add(new Draft(sentence, false));
				}
			}
		}
		return found;
	}

	/**
	 * A line above an ad's text: the title (any short line without closing punctuation),
	 * then up to two lines of names and places in title case ("Kestrel Forge &amp;
	 * Stamping – Portage, IN"), none of them a heading that opens a section to skip.
	 */
	private static boolean headerLine(String line, int before) {
		if (line.matches(".*[.!?;:]$") || line.length() >= WRAP_WIDTH || NOT_REQUIREMENTS.matcher(line).find()) {
			return false;
		}
		return before == 0 || (before < HEADER_LINES && TITLE_CASE.matcher(line).matches());
	}

	/**
	 * The employer's name: the line under the title up to its first separator, or null
	 * when that is one word of the title case connectors.
	 */
	private static List<String> employerName(String line) {
		String name = line.split(SEPARATOR + "|,\\s*", 2)[0].strip();
		return (name.length() > 1 && !CONNECTORS.contains(name.toLowerCase(Locale.ROOT))) ? List.of(name) : List.of();
	}

	/**
	 * What may name the employer on the title line: each piece of two words or more after
	 * a separator, without what follows a bracket or comma ("Staff Accountant – Ridgeway
	 * Building Products (Denver, CO)").
	 */
	private static List<String> titleNames(String line) {
		String[] pieces = line.split(SEPARATOR);
		List<String> names = new ArrayList<>();
		for (int i = 1; i < pieces.length; i++) {
			employerName(pieces[i].split("\\s*\\(", 2)[0]).stream()
				.filter((name) -> name.split("\\s+").length >= 2)
				.forEach(names::add);
		}
		return names;
	}

	/** A sentence that opens with the employer's whole name presents the employer. */
	private static boolean aboutTheEmployer(String sentence, List<String> employer) {
		return employer.stream().anyMatch((name) -> sentence.startsWith(name + " "));
	}

	private static List<Draft> sentenceRequirements(String line, boolean niceSection) {
		List<Draft> found = new ArrayList<>();
		for (String sentence : line.split("(?<=[.!?])\\s+")) {
			if (!BOILERPLATE.matcher(sentence).find()) {
				found.add(new Draft(sentence, niceSection));
			}
		}
		return found;
	}

	/** The requirements, their skills found in one pass over all their texts. */
	private List<Requirement> requirements(List<Draft> drafts) {
		List<List<SkillMatch>> skills = this.skills.extractFromJob(drafts.stream().map(Draft::text).toList());
		List<Requirement> found = new ArrayList<>(drafts.size());
		for (int i = 0; i < drafts.size(); i++) {
			found.add(requirement(drafts.get(i), skills.get(i)));
		}
		return found;
	}

	private static Requirement requirement(Draft draft, List<SkillMatch> skills) {
		String text = draft.text();
		boolean nice = draft.niceSection() || NICE.matcher(text).find();
		Matcher years = YEARS.matcher(text);
		Matcher degree = DEGREE.matcher(text);
		return new Requirement(text, nice ? Requirement.Importance.NICE : Requirement.Importance.MUST,
				years.find() ? Integer.valueOf(years.group(1)) : null,
				degree.find() ? degree.group(1).toLowerCase(Locale.ROOT) : null, skills);
	}

	/** A requirement's text, and whether it stands in a section of nice-to-haves. */
	private record Draft(String text, boolean niceSection) {
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
