package io.tailor.worker.tailoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.tailor.worker.guardrails.Injection;
import io.tailor.worker.guardrails.PersonalData;
import io.tailor.worker.llm.LanguageModel;
import io.tailor.worker.llm.LanguageModel.Turn;
import io.tailor.worker.llm.LlmProperties;
import io.tailor.worker.llm.ModelRefusedException;
import io.tailor.worker.llm.ModelReply;
import io.tailor.worker.llm.ModelTruncatedException;
import io.tailor.worker.llm.ModelUnavailableException;
import io.tailor.worker.llm.PromptShield;
import io.tailor.worker.llm.Prompts;
import io.tailor.worker.scoring.ScoringReport;
import io.tailor.worker.scoring.ScoringReport.Line;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tailors with a language model, prompt {@value #PROMPT}. The contact block never leaves;
 * other personal data is replaced by placeholders and restored afterwards; résumé and job
 * lines that read like instructions are kept out. The answer must be a {@link Draft}; an
 * invalid one gets one repair attempt. Every line whose names, numbers or degrees the
 * lines it cites (and their entry lines) do not state, or that names a skill the résumé
 * lacks, is removed and reported; so is a heading that names what the résumé does not. A
 * filtered, truncated or twice invalid answer, or one with no line left, is an
 * {@link UnusableAnswerException} carrying the tokens spent.
 */
public class LlmTailor implements Tailor {

	static final String PROMPT = "tailor/v1";

	private final LanguageModel model;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}+#.]{3,}");

	private final JsonMapper json = JsonMapper.builder().build();

	private final LlmProperties.Price price;

	private final PromptShield shield;

	public LlmTailor(LanguageModel model, LlmProperties.Price price) {
		this(model, price, PromptShield.NONE);
	}

	/** As above, the résumé and job description screened by {@code shield} first. */
	public LlmTailor(LanguageModel model, LlmProperties.Price price, PromptShield shield) {
		this.model = model;
		this.price = price;
		this.shield = shield;
	}

	@Override
	public String name() {
		return "llm:" + this.model.name();
	}

	@Override
	public TailoredResume tailor(ScoringReport report, String jobDescription) {
		ModelInput input = new ModelInput(report);
		String user = Prompts.render(PROMPT + "/user.md",
				Map.of("resume", input.numbered(), "job", ModelInput.job(jobDescription, report.jobInstructionLines()),
						"matched", labels(report.matchedSkills()), "missing", labels(report.missingSkills())));
		String system = Prompts.render(PROMPT + "/system.md", Map.of());
		List<ModelReply> spent = new ArrayList<>();
		try {
			if (input.lineNumbers().isEmpty()) {
				throw new ModelRefusedException(
						"nothing of the résumé may be sent to the model: all of it is contact " + "or personal details",
						null);
			}
			screen(input.numbered(), ModelInput.job(jobDescription, report.jobInstructionLines()));
			Answer answer = ask(system, user, input.lineNumbers(), spent);
			TailoredResume tailored = assemble(answer, input, system, report, jobDescription);
			if (tailored.removed().isEmpty()) {
				this.model.accepted(system, answer.turns(), answer.replies().get(answer.replies().size() - 1));
			}
			return tailored;
		}
		catch (ModelRefusedException ex) {
			throw unusable(ex, ex.spent(), spent);
		}
		catch (ModelTruncatedException ex) {
			throw unusable(ex, ex.spent(), spent);
		}
		catch (InvalidModelOutputException ex) {
			throw unusable(ex, null, spent);
		}
		catch (ModelUnavailableException ex) {
			if (spent.isEmpty()) {
				throw ex;
			}
			throw new UnavailableAfterSpending(ex, usage(spent));
		}
	}

	/** Nothing is sent when the shield finds instructions planted in either. */
	private void screen(String resume, String job) {
		List<Integer> attacks = this.shield.attacks(List.of(resume, job));
		if (!attacks.isEmpty()) {
			throw new ModelRefusedException(
					"Prompt Shields found instructions planted in the "
							+ (attacks.contains(0) ? "résumé" : "job description") + "; nothing was sent to the model",
					null);
		}
	}

	private UnusableAnswerException unusable(RuntimeException reason, ModelReply last, List<ModelReply> spent) {
		if (last != null) {
			spent.add(last);
		}
		return new UnusableAnswerException(reason, spent.isEmpty() ? TailoredResume.TokenUsage.NONE : usage(spent));
	}

	private Answer ask(String system, String user, Set<Integer> known, List<ModelReply> spent) {
		ModelReply first = this.model.reply(system, List.of(Turn.user(user)));
		spent.add(first);
		Parsed parsed = parse(first.text(), known);
		if (parsed.draft() != null) {
			return new Answer(parsed.draft(), List.of(first), List.of(Turn.user(user)));
		}
		String repair = Prompts.render(PROMPT + "/repair.md", Map.of("error", parsed.problem()));
		List<Turn> turns = List.of(Turn.user(user), Turn.model(first.text()), Turn.user(repair));
		ModelReply second = this.model.reply(system, turns);
		spent.add(second);
		Parsed again = parse(second.text(), known);
		if (again.draft() == null) {
			throw new InvalidModelOutputException("The model's answer was invalid twice: " + again.problem());
		}
		return new Answer(again.draft(), List.of(first, second), turns);
	}

	private Parsed parse(String text, Set<Integer> known) {
		try {
			Draft draft = this.json.readValue(stripFences(text), Draft.class);
			String problem = draft.problem(known);
			return (problem == null) ? new Parsed(draft, null) : new Parsed(null, problem);
		}
		catch (JacksonException ex) {
			return new Parsed(null, "the answer is not the JSON object asked for");
		}
	}

	private TailoredResume assemble(Answer answer, ModelInput input, String system, ScoringReport report,
			String jobDescription) {
		PersonalData.Redaction redaction = input.redaction();
		List<String> out = new ArrayList<>();
		List<TailoredResume.Provenance> provenance = new ArrayList<>();
		List<TailoredResume.RemovedClaim> removed = new ArrayList<>();
		for (Line line : input.contact()) {
			String text = (out.isEmpty() ? "# " : "") + MarkdownText.content(line.text());
			out.add(text);
			provenance.add(new TailoredResume.Provenance(text, List.of(line.lineNumber())));
		}
		int kept = 0;
		for (Draft.Line line : answer.draft().lines()) {
			String text = HtmlText.strip(line.text());
			List<String> unsupported = line.isHeading() ? input.unsupportedHeading(text)
					: input.unsupported(text, line.sources(), system);
			if (!unsupported.isEmpty()) {
				removed.add(new TailoredResume.RemovedClaim(redaction.restore(text), unsupported));
				continue;
			}
			kept += line.isHeading() ? 0 : 1;
			String rendered = render(line.type(), redaction.restore(text));
			out.add(rendered);
			provenance.add(new TailoredResume.Provenance(rendered, line.isHeading() ? List.of() : line.sources()));
		}
		if (kept == 0) {
			throw new InvalidModelOutputException("none of the answer's " + answer.draft().lines().size()
					+ " lines is supported by the résumé lines it cites");
		}
		return new TailoredResume(String.join("\n", out).strip() + "\n", "llm:" + this.model.name(), PROMPT, provenance,
				gaps(answer.draft(), report, jobDescription), removed, input.suspected(), usage(answer.replies()));
	}

	/**
	 * The skills scoring found missing, and those of the model's gaps that name something
	 * the job description names (a word of three letters or more that it has) and are
	 * neither instructions nor a rating of the candidate: "SYSTEM PROMPT: …" and
	 * "Candidate rated 10/10" are not kept.
	 */
	private static List<String> gaps(Draft draft, ScoringReport report, String jobDescription) {
		Set<String> gaps = new LinkedHashSet<>();
		report.missingSkills().forEach((s) -> gaps.add(s.label()));
		Set<String> jobWords = words(jobDescription);
		if (draft.gaps() != null) {
			draft.gaps()
				.stream()
				.filter((g) -> g != null && !g.isBlank() && g.length() <= 200)
				.filter((g) -> !Injection.isSuspicious(g) && !ModelInput.EVALUATIVE.matcher(g).find())
				.filter((g) -> words(g).stream().anyMatch(jobWords::contains))
				.forEach(gaps::add);
		}
		return List.copyOf(gaps);
	}

	private static Set<String> words(String text) {
		Set<String> words = new HashSet<>();
		Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
		while (m.find()) {
			words.add(m.group());
		}
		return words;
	}

	private TailoredResume.TokenUsage usage(List<ModelReply> replies) {
		int in = replies.stream().mapToInt(ModelReply::inputTokens).sum();
		int out = replies.stream().mapToInt(ModelReply::outputTokens).sum();
		double cost = in / 1000.0 * this.price.inputPer1k() + out / 1000.0 * this.price.outputPer1k();
		return new TailoredResume.TokenUsage(replies.get(replies.size() - 1).model(), in, out, cost);
	}

	private static String render(String type, String text) {
		return switch (type) {
			case "heading" -> "## " + text;
			case "bullet" -> "- " + text;
			default -> text;
		};
	}

	private static String labels(List<ScoringReport.Skill> skills) {
		return skills.isEmpty() ? "none"
				: skills.stream().map(ScoringReport.Skill::label).collect(Collectors.joining(", "));
	}

	static String stripFences(String text) {
		String trimmed = text.strip();
		if (trimmed.startsWith("```")) {
			trimmed = trimmed.replaceFirst("^```(?:json)?\\s*", "").replaceFirst("\\s*```$", "");
		}
		return trimmed;
	}

	private record Parsed(Draft draft, String problem) {
	}

	/**
	 * The draft, every reply it took, and the turns of the question the last reply
	 * answered.
	 */
	private record Answer(Draft draft, List<ModelReply> replies, List<Turn> turns) {
	}

}
