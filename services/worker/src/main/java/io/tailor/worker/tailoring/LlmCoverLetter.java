package io.tailor.worker.tailoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.tailor.worker.llm.LanguageModel;
import io.tailor.worker.llm.LanguageModel.Turn;
import io.tailor.worker.llm.LlmProperties;
import io.tailor.worker.llm.ModelRefusedException;
import io.tailor.worker.llm.ModelReply;
import io.tailor.worker.llm.ModelTruncatedException;
import io.tailor.worker.llm.ModelUnavailableException;
import io.tailor.worker.llm.Prompts;
import io.tailor.worker.scoring.ScoringReport;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cover letter written by a language model, prompt {@value #PROMPT}, under the
 * résumé's guardrails ({@link ModelInput}): each paragraph cites résumé lines and is left
 * out when it states what they do not. The models are asked in order; when none answers,
 * or none of a model's paragraphs holds, the offline letter is written instead.
 */
public class LlmCoverLetter implements CoverLetterWriter {

	static final String PROMPT = "cover-letter/v1";

	private static final int MAX_PARAGRAPHS = 4;

	private final List<LanguageModel> models;

	private final LlmProperties.Price price;

	private final JsonMapper json = JsonMapper.builder().build();

	public LlmCoverLetter(List<LanguageModel> models, LlmProperties.Price price) {
		this.models = List.copyOf(models);
		this.price = price;
	}

	@Override
	public Letter write(ScoringReport report, String tailoredMarkdown, String jobDescription) {
		ModelInput input = new ModelInput(report);
		String system = Prompts.render(PROMPT + "/system.md", Map.of());
		String user = Prompts.render(PROMPT + "/user.md", Map.of("covered", covered(report.json()), "resume",
				input.numbered(), "job", ModelInput.job(jobDescription, report.jobInstructionLines())));
		List<ModelReply> spent = new ArrayList<>();
		for (LanguageModel model : this.models) {
			try {
				List<Turn> turns = List.of(Turn.user(user));
				ModelReply reply = model.reply(system, turns);
				spent.add(reply);
				Kept kept = kept(reply.text(), input, system);
				if (kept.whole()) {
					model.accepted(system, turns, reply);
				}
				if (!kept.paragraphs().isEmpty()) {
					return new Letter(CoverLetter.frame(tailoredMarkdown, kept.paragraphs()), "llm:" + model.name(),
							usage(spent));
				}
			}
			catch (ModelRefusedException ex) {
				spentBy(ex.spent(), spent);
			}
			catch (ModelTruncatedException ex) {
				spentBy(ex.spent(), spent);
			}
			catch (ModelUnavailableException | JacksonException ex) {
				// the next model, or the offline letter, writes it
			}
		}
		Letter offline = CoverLetterWriter.offline().write(report, tailoredMarkdown, jobDescription);
		return spent.isEmpty() ? offline : new Letter(offline.markdown(), offline.writer(), usage(spent));
	}

	private static void spentBy(ModelReply reply, List<ModelReply> spent) {
		if (reply != null) {
			spent.add(reply);
		}
	}

	/** The answer's paragraphs that hold, placeholders restored. */
	private Kept kept(String answer, ModelInput input, String system) {
		Paragraphs parsed = this.json.readValue(LlmTailor.stripFences(answer), Paragraphs.class);
		List<String> kept = new ArrayList<>();
		Set<Integer> known = input.lineNumbers();
		List<Paragraph> given = (parsed != null && parsed.paragraphs() != null) ? parsed.paragraphs() : List.of();
		for (Paragraph p : given) {
			boolean cited = p != null && p.text() != null && !p.text().isBlank() && p.text().length() <= 900
					&& p.sources() != null && !p.sources().isEmpty() && known.containsAll(p.sources());
			String text = cited ? HtmlText.strip(p.text()).strip() : null;
			if (cited && kept.size() < MAX_PARAGRAPHS && input.unsupported(text, p.sources(), system).isEmpty()) {
				kept.add(input.redaction().restore(text));
			}
		}
		return new Kept(kept, !given.isEmpty() && kept.size() == given.size());
	}

	/** The paragraphs that hold, and whether all of the answer's did. */
	private record Kept(List<String> paragraphs, boolean whole) {
	}

	/**
	 * The must-haves and nice-to-haves the résumé covers, with the line that shows each.
	 */
	private String covered(String reportJson) {
		List<String> out = new ArrayList<>();
		for (JsonNode r : this.json.readTree(reportJson).path("requirements")) {
			JsonNode evidence = r.path("evidence");
			if ("COVERED".equals(r.path("verdict").asString("")) && !evidence.isEmpty()) {
				out.add("- " + ModelInput.job(r.path("requirement").path("text").asString("")) + " (L"
						+ evidence.get(0).path("lineNumber").asInt() + ")");
			}
		}
		return out.isEmpty() ? "none" : String.join("\n", out);
	}

	/** What the calls cost together, answers nothing came of included. */
	private TailoredResume.TokenUsage usage(List<ModelReply> spent) {
		int in = spent.stream().mapToInt(ModelReply::inputTokens).sum();
		int out = spent.stream().mapToInt(ModelReply::outputTokens).sum();
		double cost = in / 1000.0 * this.price.inputPer1k() + out / 1000.0 * this.price.outputPer1k();
		return new TailoredResume.TokenUsage(spent.getLast().model(), in, out, cost);
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Paragraphs(List<Paragraph> paragraphs) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Paragraph(String text, List<Integer> sources) {
	}

}
