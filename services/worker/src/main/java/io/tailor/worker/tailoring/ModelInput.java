package io.tailor.worker.tailoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.tailor.contract.MatchReport.Section;
import io.tailor.worker.guardrails.Claims;
import io.tailor.worker.guardrails.Echo;
import io.tailor.worker.guardrails.Injection;
import io.tailor.worker.guardrails.PersonalData;
import io.tailor.worker.guardrails.SectionNames;
import io.tailor.worker.scoring.ScoringReport;
import io.tailor.worker.scoring.ScoringReport.Line;

/**
 * What a language model may see of a résumé and a job, and the check of what it wrote.
 * The contact block (all above the first section with content, and personal details
 * anywhere) never leaves; lines that read like instructions are kept out; other personal
 * data is replaced by placeholders. A line of the answer may state only what the lines it
 * cites state, and the entry line above each (a bullet's employer, title and dates): its
 * names, numbers and degrees, any skill scoring found the résumé lacks in whatever case
 * it is written; it may not pass a verdict on the candidate or repeat the model's
 * instructions.
 */
final class ModelInput {

	static final Pattern EVALUATIVE = Pattern.compile("(?i)system prompt|\\brat(ed|ing)\\b|\\b\\d+\\s*/\\s*10\\b"
			+ "|\\bten out of ten\\b|(perfect|ideal) (match|fit|candidate)|should be hired|\\bhire (him|her|them)\\b");

	private final List<Line> contact;

	private final List<Integer> suspected;

	private final List<Line> sent;

	private final PersonalData.Redaction redaction;

	/** Each skill scoring found the résumé lacks, and how it reads in lower-case text. */
	private final Map<String, Pattern> lacking = new LinkedHashMap<>();

	ModelInput(ScoringReport report) {
		report.missingSkills()
			.forEach((skill) -> this.lacking.put(skill.label(), Pattern.compile("(?<![\\p{L}\\p{N}])"
					+ Pattern.quote(skill.label().toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}])")));
		this.contact = withheld(report.lines());
		List<Line> body = report.lines().stream().filter((l) -> !this.contact.contains(l)).toList();
		this.suspected = body.stream()
			.filter((l) -> Injection.isSuspicious(l.text()) || report.instructionLines().contains(l.lineNumber()))
			.map(Line::lineNumber)
			.toList();
		this.sent = body.stream().filter((l) -> !this.suspected.contains(l.lineNumber())).toList();
		this.redaction = PersonalData
			.redact(this.sent.stream().map((l) -> Injection.withoutInvisible(l.text())).toList(), name(this.contact));
	}

	/**
	 * The lines that never leave: the contact sections, every line above the first of a
	 * section with content (summary, experience, skills…) and any "Date of birth:",
	 * "Nationality:" or "Familienstand:" line.
	 */
	private static List<Line> withheld(List<Line> lines) {
		int content = 0;
		while (content < lines.size() && OUTSIDE_CONTENT.contains(lines.get(content).section())) {
			content++;
		}
		int firstContent = (content < lines.size()) ? content : 0;
		List<Line> withheld = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			if (i < firstContent || line.section() == Section.CONTACT || PERSONAL_DETAIL.matcher(line.text()).find()) {
				withheld.add(line);
			}
		}
		return List.copyOf(withheld);
	}

	private static final Set<Section> OUTSIDE_CONTENT = Set.of(Section.CONTACT, Section.OTHER);

	private static final Pattern PERSONAL_DETAIL = Pattern
		.compile("(?iu)^[\\W\\d]*(?:date of birth|birth ?date|d\\.?o\\.?b\\.?"
				+ "|born|place of birth|nationality|citizenship|marital status|family status|gender|religion"
				+ "|geburtsdatum|geburtsort|geboren|familienstand|staatsangehörigkeit|nationalität|konfession"
				+ "|date de naissance|lieu de naissance|nationalité|situation familiale|état civil"
				+ "|fecha de nacimiento|lugar de nacimiento|nacionalidad|estado civil"
				+ "|geboortedatum|geboorteplaats|burgerlijke staat|nationaliteit)(?:\\s*[:：|\\t]|\\s+\\d)");

	List<Line> contact() {
		return this.contact;
	}

	List<Integer> suspected() {
		return this.suspected;
	}

	PersonalData.Redaction redaction() {
		return this.redaction;
	}

	Set<Integer> lineNumbers() {
		return this.sent.stream().map(Line::lineNumber).collect(Collectors.toSet());
	}

	/** The résumé lines sent, numbered as the prompt shows them: {@code L7: …}. */
	String numbered() {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < this.sent.size(); i++) {
			out.add("L" + this.sent.get(i).lineNumber() + ": " + this.redaction.lines().get(i));
		}
		return String.join("\n", out);
	}

	/**
	 * The job description without lines that read like instructions, its personal data
	 * replaced.
	 */
	static String job(String jobDescription) {
		return job(jobDescription, List.of());
	}

	/** As above, also without the lines scoring found read as instructions by meaning. */
	static String job(String jobDescription, List<String> instructions) {
		List<String> lines = jobDescription.lines()
			.filter((l) -> !instructions.contains(l.strip()))
			.map(Injection::withoutInvisible)
			.filter((l) -> !Injection.isSuspicious(l))
			.toList();
		return String.join("\n", PersonalData.redact(lines, null, "JOB_").lines());
	}

	/** What {@code text}, citing {@code sources}, says that they do not, in words. */
	List<String> unsupported(String text, List<Integer> sources, String instructions) {
		String source = source(sources);
		List<String> unsupported = new ArrayList<>(Claims.unsupported(text, source));
		String lowerText = text.toLowerCase(Locale.ROOT);
		String lowerSource = source.toLowerCase(Locale.ROOT);
		this.lacking.forEach((label, named) -> {
			if (named.matcher(lowerText).find() && !named.matcher(lowerSource).find()) {
				unsupported.add(label + " (a skill the résumé does not name)");
			}
		});
		Matcher evaluation = EVALUATIVE.matcher(text);
		while (evaluation.find()) {
			if (!lowerSource.contains(evaluation.group().toLowerCase(Locale.ROOT))) {
				unsupported
					.add("\"" + evaluation.group() + "\" (a verdict on the candidate, not a fact of the résumé)");
			}
		}
		if (Echo.ofInstructions(text, instructions, source)) {
			unsupported.add("(repeats the model's instructions)");
		}
		unsupported.addAll(unissued(this.redaction, text));
		return unsupported;
	}

	/**
	 * What a heading of the answer says that the résumé does not: a heading that only
	 * names a section ({@link SectionNames}) says nothing; any other may name only what
	 * some line sent names, its first word included.
	 */
	List<String> unsupportedHeading(String text) {
		List<String> unsupported = new ArrayList<>(unissued(this.redaction, text));
		if (!SectionNames.only(text)) {
			Claims.unsupported("x " + text, String.join("\n", this.redaction.lines()))
				.forEach((c) -> unsupported.add(c + " (a heading the résumé does not have)"));
		}
		return unsupported;
	}

	/** The placeholders in {@code text} that the redaction never issued, in words. */
	static List<String> unissued(PersonalData.Redaction redaction, String text) {
		return redaction.unissued(text).stream().map((p) -> p + " (a placeholder that was never issued)").toList();
	}

	private String source(List<Integer> sources) {
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < this.sent.size(); i++) {
			if (sources.contains(this.sent.get(i).lineNumber())) {
				texts.add(this.redaction.lines().get(i));
				entryAbove(i).ifPresent(texts::add);
			}
		}
		return String.join("\n", texts);
	}

	private Optional<String> entryAbove(int index) {
		Section section = this.sent.get(index).section();
		for (int i = index - 1; i >= 0 && section == this.sent.get(i).section(); i--) {
			Line line = this.sent.get(i);
			if (!line.heading() && !MarkdownText.isBullet(line.text())) {
				return Optional.of(this.redaction.lines().get(i));
			}
		}
		return Optional.empty();
	}

	/**
	 * The name on the contact block's first line, before a title or credentials written
	 * after it ("Marisol Okafor, RN", "Dana Whitaker | Supervisor"); null when that is
	 * not a name.
	 */
	private static String name(List<Line> contact) {
		if (contact.isEmpty()) {
			return null;
		}
		String first = MarkdownText.content(contact.get(0).text()).split("\\s*(?:[|,·•]|\\s[-–—]\\s)\\s*")[0].strip();
		boolean looksLikeAName = first.split("\\s+").length <= 5 && first.matches("[\\p{L} .'-]+");
		return looksLikeAName ? first : null;
	}

}
