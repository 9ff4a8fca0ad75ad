package io.tailor.scoring.matching;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.tailor.scoring.embedding.Embedder;
import io.tailor.scoring.embedding.Vectors;
import io.tailor.scoring.parsing.ParsedResume;
import io.tailor.scoring.parsing.ResumeLine;
import io.tailor.scoring.parsing.ResumeParser;
import io.tailor.scoring.parsing.SectionKind;
import io.tailor.scoring.skills.CommonWords;
import io.tailor.scoring.skills.Skill;
import io.tailor.scoring.skills.SkillExtractor;
import io.tailor.scoring.skills.SkillMatch;

/**
 * Scores a résumé against a job description, algorithm {@value #ALGORITHM}.
 * <p>
 * The résumé has a skill the job names when it names it too (by label, alias or short
 * name in context), or, for a concept skill, states it in other words
 * ({@link Paraphrases}). Each requirement gets the best of three verdicts (since
 * match-v4): by skills, COVERED when the résumé has every skill it names and some line or
 * term supports it, WEAK with some of them or with all but no support; by meaning,
 * COVERED for a line at least {@value #COVERED_SIMILARITY} similar, WEAK from
 * {@value #WEAK_SIMILARITY}; by terms, COVERED when the résumé has at least
 * {@value #COVERED_TERMS} of the weighted terms of the requirement
 * ({@link TermCoverage}), WEAK from {@value #WEAK_TERMS}; MISSING otherwise. The score is
 * the weighted coverage, {@code round(100 × Σ weight × credit / Σ weight)}, with
 * must-haves weighing 2 and nice-to-haves 1, and credits 1, 0.5 and 0. A requirement
 * naming years of experience is then checked against the résumé's dated experience when
 * it has any (short of the years: at most WEAK; short of half: MISSING), one naming a
 * degree against its education (a lower or no degree: at most WEAK, none at all:
 * MISSING). Soft skills are never listed as missing; a skill only the span tagger found
 * counts where the résumé names it too and is otherwise left out of the requirement.
 * Deterministic for the same texts and {@code asOf} month: similarities are rounded to
 * four decimals before any decision and vectors do not depend on what else is in a batch.
 */
public class MatchScorer {

	public static final String ALGORITHM = "match-v4";

	static final double COVERED_SIMILARITY = 0.62;

	static final double WEAK_SIMILARITY = 0.45;

	static final double COVERED_TERMS = 0.6;

	static final double WEAK_TERMS = 0.3;

	private static final int MAX_EVIDENCE = 2;

	private static final Pattern LINE_BREAK = Pattern.compile("\\R");

	private final Embedder embedder;

	private final InstructionLike instructions;

	private final SkillExtractor skills;

	private final RequirementExtractor requirements;

	private final ResumeParser parser;

	private final CommonWords words = CommonWords.shipped();

	public MatchScorer(Embedder embedder, SkillExtractor skills, RequirementExtractor requirements,
			ResumeParser parser) {
		this.embedder = embedder;
		this.instructions = new InstructionLike(embedder);
		this.skills = skills;
		this.requirements = requirements;
		this.parser = parser;
	}

	public MatchReport score(String resumeText, String jobDescription) {
		return score(resumeText, jobDescription, YearMonth.now(ZoneOffset.UTC));
	}

	/** The match with "present" in the résumé's dates meaning {@code asOf}. */
	public MatchReport score(String resumeText, String jobDescription, YearMonth asOf) {
		ParsedResume parsed = this.parser.parse(resumeText);
		List<ResumeLine> lines = parsed.lines();
		double years = DatedExperience.years(parsed.experience(), asOf);
		boolean dated = years > 0;
		int degree = parsed.education().stream().mapToInt((e) -> DegreeLevel.of(e.degree().value())).max().orElse(0);
		List<ResumeLine> candidates = lines.stream().filter(MatchScorer::isEvidenceCandidate).toList();
		List<Requirement> reqs = this.requirements.extract(jobDescription);
		List<SkillMatch> asked = distinctSkills(reqs);
		EntryNames entryNames = EntryNames.of(parsed, lineStarts(resumeText));
		Map<String, SkillMatch> resumeSkills = this.skills.extract(resumeText, (s) -> !entryNames.namesNoSkill(s))
			.stream()
			.collect(Collectors.toMap(SkillMatch::id, (m) -> m, (a, b) -> a));
		Set<String> named = resumeSkills.keySet();
		List<SkillMatch> concepts = asked.stream()
			.filter((s) -> !named.contains(s.id()) && Paraphrases.eligible(s))
			.toList();
		double[][] similarity = Similarities.of(this.embedder,
				Stream.concat(reqs.stream().map(Requirement::text), concepts.stream().map(MatchScorer::conceptText))
					.toList(),
				candidates);
		List<SkillMatch> paraphrased = Paraphrases.find(concepts,
				Arrays.copyOfRange(similarity, reqs.size(), similarity.length), candidates, lineStarts(resumeText));
		Set<String> owned = new HashSet<>(named);
		paraphrased.forEach((s) -> owned.add(s.id()));
		TextLanguage resumeLanguage = TextLanguage.of(resumeText);
		TextLanguage jobLanguage = TextLanguage.of(jobDescription);
		List<Set<String>> lineTerms = candidates.stream()
			.map((l) -> Terms.of(l.text(), this.words, resumeLanguage))
			.toList();
		List<RequirementMatch> matches = new ArrayList<>();
		for (int r = 0; r < reqs.size(); r++) {
			TermCoverage terms = TermCoverage.of(reqs.get(r).text(), candidates, lineTerms, this.words, jobLanguage);
			matches
				.add(Checks.apply(judge(reqs.get(r), similarity[r], candidates, owned, terms), years, dated, degree));
		}
		Instructed instructed = instructed(candidates, jobDescription);
		return new MatchReport(ALGORITHM, this.embedder.info().name(), asOf.toString(), years, score(matches),
				asked.stream().filter((s) -> named.contains(s.id())).toList(), paraphrased,
				asked.stream()
					.filter((s) -> !owned.contains(s.id()) && s.kind() != Skill.Kind.SOFT && !s.tagged())
					.toList(),
				matches, relevance(lines, candidates, Arrays.copyOf(similarity, reqs.size())),
				SkillWording.of(asked, resumeSkills, resumeText), instructed.resume(), instructed.job());
	}

	/**
	 * The résumé's line numbers and the job description's lines that read as
	 * instructions.
	 */
	private record Instructed(List<Integer> resume, List<String> job) {
	}

	private Instructed instructed(List<ResumeLine> candidates, String jobDescription) {
		List<String> job = jobDescription.lines().map(String::strip).filter((l) -> !l.isEmpty()).toList();
		List<String> texts = Stream.concat(candidates.stream().map(ResumeLine::text), job.stream()).toList();
		List<Integer> resume = new ArrayList<>();
		List<String> jobLines = new ArrayList<>();
		for (int i : this.instructions.flagged(texts)) {
			if (i < candidates.size()) {
				resume.add(candidates.get(i).number());
			}
			else {
				jobLines.add(job.get(i - candidates.size()));
			}
		}
		return new Instructed(List.copyOf(resume), List.copyOf(jobLines));
	}

	/** A concept's label without a qualifier: "Java (computer programming)" → "Java". */
	static String conceptText(SkillMatch skill) {
		return skill.label().replaceAll("\\s*\\([^)]*\\)$", "");
	}

	/** The offset in the text where each line starts, by line number from 1. */
	static int[] lineStarts(String text) {
		List<Integer> starts = new ArrayList<>(List.of(0));
		Matcher breaks = LINE_BREAK.matcher(text);
		while (breaks.find()) {
			starts.add(breaks.end());
		}
		return starts.stream().mapToInt(Integer::intValue).toArray();
	}

	private static RequirementMatch judge(Requirement asked, double[] similarity, List<ResumeLine> candidates,
			Set<String> owned, TermCoverage terms) {
		Requirement requirement = new Requirement(asked.text(), asked.importance(), asked.years(), asked.degree(),
				asked.skills().stream().filter((s) -> !s.tagged() || owned.contains(s.id())).toList());
		List<SkillMatch> missing = requirement.skills().stream().filter((s) -> !owned.contains(s.id())).toList();
		List<Evidence> evidence = evidence(requirement, similarity, candidates, terms);
		double best = evidence.stream().mapToDouble(Evidence::similarity).max().orElse(0);
		int named = requirement.skills().size();
		boolean supported = support(similarity, candidates) >= WEAK_SIMILARITY || terms.share() >= WEAK_TERMS;
		Verdict bySkills = (named > 0 && missing.isEmpty()) ? (supported ? Verdict.COVERED : Verdict.WEAK)
				: (named > 0 && missing.size() < named) ? Verdict.WEAK : Verdict.MISSING;
		Verdict byMeaning = (best >= COVERED_SIMILARITY) ? Verdict.COVERED
				: (best >= WEAK_SIMILARITY) ? Verdict.WEAK : Verdict.MISSING;
		Verdict byTerms = (terms.share() >= COVERED_TERMS) ? Verdict.COVERED
				: (terms.share() >= WEAK_TERMS) ? Verdict.WEAK : Verdict.MISSING;
		return new RequirementMatch(requirement, Verdict.best(bySkills, byMeaning, byTerms), missing, evidence, terms,
				List.of());
	}

	/**
	 * The best similarity of a line outside the skills section: a skills list is no
	 * support.
	 */
	private static double support(double[] similarity, List<ResumeLine> candidates) {
		double best = 0;
		for (int c = 0; c < candidates.size(); c++) {
			best = (candidates.get(c).section() != SectionKind.SKILLS) ? Math.max(best, similarity[c]) : best;
		}
		return best;
	}

	private static List<Evidence> evidence(Requirement requirement, double[] similarity, List<ResumeLine> candidates,
			TermCoverage terms) {
		Set<String> labels = requirement.skills().stream().map(SkillMatch::label).collect(Collectors.toSet());
		Set<Integer> termLines = terms.shared()
			.stream()
			.map(TermCoverage.SharedTerm::lineNumber)
			.collect(Collectors.toSet());
		List<Evidence> evidence = new ArrayList<>();
		for (int c = 0; c < candidates.size(); c++) {
			ResumeLine line = candidates.get(c);
			if (similarity[c] >= WEAK_SIMILARITY || mentionsAny(line.text(), labels)
					|| termLines.contains(line.number())) {
				evidence.add(new Evidence(line.number(), line.text(), similarity[c]));
			}
		}
		return evidence.stream()
			.sorted(Comparator.comparingDouble(Evidence::similarity).reversed().thenComparingInt(Evidence::lineNumber))
			.limit(MAX_EVIDENCE)
			.toList();
	}

	private static boolean mentionsAny(String line, Set<String> labels) {
		String lower = line.toLowerCase(Locale.ROOT);
		return labels.stream().anyMatch((label) -> lower.contains(label.toLowerCase(Locale.ROOT)));
	}

	private static int score(List<RequirementMatch> matches) {
		double earned = 0;
		double possible = 0;
		for (RequirementMatch match : matches) {
			int weight = match.requirement().importance().weight();
			earned += weight * match.verdict().credit();
			possible += weight;
		}
		return (possible == 0) ? 0 : (int) Math.round(100 * earned / possible);
	}

	private static List<SkillMatch> distinctSkills(List<Requirement> reqs) {
		Map<String, SkillMatch> distinct = new LinkedHashMap<>();
		reqs.forEach((r) -> r.skills().forEach((s) -> distinct.putIfAbsent(s.id(), s)));
		return List.copyOf(distinct.values());
	}

	private static List<LineRelevance> relevance(List<ResumeLine> lines, List<ResumeLine> candidates,
			double[][] similarity) {
		Map<Integer, Double> best = new LinkedHashMap<>();
		for (int c = 0; c < candidates.size(); c++) {
			double max = 0;
			for (double[] row : similarity) {
				max = Math.max(max, row[c]);
			}
			best.put(candidates.get(c).number(), max);
		}
		return lines.stream()
			.map((l) -> new LineRelevance(l.number(), l.text(), l.section(), l.heading(),
					best.getOrDefault(l.number(), 0.0)))
			.toList();
	}

	private static boolean isEvidenceCandidate(ResumeLine line) {
		return !line.heading() && line.section() != SectionKind.CONTACT;
	}

}
