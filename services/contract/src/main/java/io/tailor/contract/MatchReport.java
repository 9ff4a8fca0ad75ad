package io.tailor.contract;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * A result's match report, as scoring wrote it and the worker stored it: the score, how
 * it was computed (algorithm, model, the month "present" meant), the years of dated
 * experience found, the skills the résumé names, states in other words or lacks, every
 * requirement with its verdict and evidence, the relevance of every résumé line, the
 * skills both name in different words, and the lines of résumé and job description that
 * read as instructions to a model. Results scored before a list existed read it as empty,
 * and {@code asOf} and {@code experienceYears} as {@code null}; a kind, verdict,
 * importance or section a reader does not know (from a newer scoring) as {@code UNKNOWN}
 * when it reads with {@code READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE}.
 */
public record MatchReport(String algorithm, String model, String asOf, Double experienceYears, int score,
		List<SkillMatch> matchedSkills, List<SkillMatch> paraphrasedSkills, List<SkillMatch> missingSkills,
		List<RequirementMatch> requirements, List<LineRelevance> lines, List<SkillWording> wordings,
		List<Integer> instructionLines, List<String> jobInstructionLines) {

	public MatchReport {
		matchedSkills = Stored.orNone(matchedSkills);
		paraphrasedSkills = Stored.orNone(paraphrasedSkills);
		missingSkills = Stored.orNone(missingSkills);
		requirements = Stored.orNone(requirements);
		lines = Stored.orNone(lines);
		wordings = Stored.orNone(wordings);
		instructionLines = Stored.orNone(instructionLines);
		jobInstructionLines = Stored.orNone(jobInstructionLines);
	}

	/**
	 * A skill found in a text: the span that matched and its offsets, how sure the match
	 * is, how it was found ({@code label}, {@code alias}, {@code context},
	 * {@code paraphrase} or {@code tagged}; {@code null} in results scored before it was
	 * recorded) and the skill's kind ({@code null} before match-v4).
	 */
	public record SkillMatch(String id, String label, String span, int start, int end, double confidence, String method,
			SkillKind kind) {
	}

	/** What sort of skill; soft skills are never among the missing ones. */
	public enum SkillKind {

		TOOL, KNOWLEDGE, CERTIFICATION, LANGUAGE, SOFT, @JsonEnumDefaultValue
		UNKNOWN

	}

	/**
	 * One requirement, its verdict, the skills it names that the résumé lacks, the most
	 * similar résumé lines, the requirement's terms the résumé shares ({@code null}
	 * before match-v4) and the years and degree checks that changed or confirmed the
	 * verdict.
	 */
	public record RequirementMatch(Requirement requirement, Verdict verdict, List<SkillMatch> missingSkills,
			List<Evidence> evidence, TermCoverage terms, List<String> checks) {

		public RequirementMatch {
			missingSkills = Stored.orNone(missingSkills);
			evidence = Stored.orNone(evidence);
			checks = Stored.orNone(checks);
		}

	}

	/** How well the résumé meets one requirement. */
	public enum Verdict {

		COVERED, WEAK, MISSING, @JsonEnumDefaultValue
		UNKNOWN

	}

	/**
	 * One thing the job asks for: the line as written, whether it is a must-have, the
	 * years and degree it names ({@code null} when none) and the skills in it.
	 */
	public record Requirement(String text, Importance importance, Integer years, String degree,
			List<SkillMatch> skills) {

		public Requirement {
			skills = Stored.orNone(skills);
		}

	}

	/** A must-have weighs twice a nice-to-have in the score. */
	public enum Importance {

		MUST, NICE, @JsonEnumDefaultValue
		UNKNOWN

	}

	/** A résumé line that supports a requirement, and its similarity to it. */
	public record Evidence(int lineNumber, String text, double similarity) {
	}

	/**
	 * The weighted share (0 to 1) of a requirement's terms the résumé states, and each
	 * term shared.
	 */
	public record TermCoverage(double share, List<SharedTerm> shared) {

		public TermCoverage {
			shared = Stored.orNone(shared);
		}

	}

	/**
	 * A term of the requirement found in the résumé, its weight, and the line it is on.
	 */
	public record SharedTerm(String term, double weight, int lineNumber) {
	}

	/** A résumé line, its section, and its best similarity to any requirement. */
	public record LineRelevance(int lineNumber, String text, Section section, boolean heading, double relevance) {
	}

	/** The sections a résumé may have. */
	public enum Section {

		CONTACT, SUMMARY, EXPERIENCE, EDUCATION, SKILLS, PROJECTS, CERTIFICATIONS, LANGUAGES, OTHER,
		@JsonEnumDefaultValue
		UNKNOWN

	}

	/**
	 * A skill the job and the résumé both name in different words: {@code job} as the job
	 * writes it, {@code resume} as the résumé does.
	 */
	public record SkillWording(String id, String label, String job, String resume) {
	}

}
