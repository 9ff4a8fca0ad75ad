package io.tailor.scoring.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.tailor.scoring.embedding.Embedder;
import io.tailor.scoring.embedding.Vectors;

/**
 * Lines that read as instructions to a language model, by meaning: a line whose cosine
 * similarity to one of the exemplars in {@code screening/instructions.txt} reaches
 * {@value #THRESHOLD}, or {@value #ADDRESSED} when it names a machine reader ("AI",
 * "language model", "assistant", "automated reviewer"). Both chosen on
 * {@code evals/screening/instructions-dev.txt} and the dev résumés and ads; measured on
 * the test ones by {@code make eval}. The exemplars are embedded once.
 */
public final class InstructionLike {

	public static final double THRESHOLD = 0.55;

	public static final double ADDRESSED = 0.44;

	private static final Pattern MACHINE = Pattern.compile("(?iu)\\b(?:ai|a\\.i\\.|llm|gpt|chatgpt|(?:language )?model|"
			+ "modèle|modelo|modell|assistant|assistent|asistente|bot|automated|screener|ki|ia|"
			+ "system (?:message|prompt))\\b");

	private final Embedder embedder;

	private volatile List<float[]> exemplars;

	public InstructionLike(Embedder embedder) {
		this.embedder = embedder;
	}

	/** The indexes of the texts that read as instructions. */
	public List<Integer> flagged(List<String> texts) {
		double[] scores = scores(texts);
		List<Integer> flagged = new ArrayList<>();
		for (int i = 0; i < scores.length; i++) {
			if (instruction(texts.get(i), scores[i])) {
				flagged.add(i);
			}
		}
		return flagged;
	}

	/** Whether a text of this similarity to the exemplars reads as an instruction. */
	public static boolean instruction(String text, double score) {
		return score >= THRESHOLD || (score >= ADDRESSED && MACHINE.matcher(text).find());
	}

	/** Each text's best similarity to an exemplar. */
	public double[] scores(List<String> texts) {
		if (texts.isEmpty()) {
			return new double[0];
		}
		List<float[]> examples = exemplars();
		List<float[]> vectors = this.embedder.embed(texts);
		double[] scores = new double[texts.size()];
		for (int i = 0; i < scores.length; i++) {
			double best = -1;
			for (float[] example : examples) {
				best = Math.max(best, Vectors.dot(vectors.get(i), example));
			}
			scores[i] = Math.round(best * 10_000) / 10_000.0;
		}
		return scores;
	}

	private List<float[]> exemplars() {
		List<float[]> loaded = this.exemplars;
		if (loaded == null) {
			loaded = this.embedder.embed(read());
			this.exemplars = loaded;
		}
		return loaded;
	}

	static List<String> read() {
		try (InputStream in = InstructionLike.class.getClassLoader()
			.getResourceAsStream("screening/instructions.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter((l) -> !l.isEmpty() && !l.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
