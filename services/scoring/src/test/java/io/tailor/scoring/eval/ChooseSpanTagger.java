package io.tailor.scoring.eval;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import io.tailor.scoring.embedding.EmbeddingProperties;
import io.tailor.scoring.embedding.OnnxEmbedder;
import io.tailor.scoring.skills.ContextVectors;
import io.tailor.scoring.skills.SkillDictionary;
import io.tailor.scoring.skills.SkillExtractor;
import io.tailor.scoring.skills.SpanTagger;
import io.tailor.scoring.skills.SpanTaggerCrf;
import io.tailor.scoring.skills.SpanTaggerTraining;

/**
 * How the tagger's settings were chosen, without the test half: it is fitted on one
 * quarter of SkillSpan (dev sentences 0, 4, 8, …) and measured on another (2, 6, 10, …),
 * then the other way round, with a dictionary stripped of the names it took from
 * SkillSpan; for each number of epochs it prints P, R and F1. With
 * {@code -Deval.context=true}, the same with the model's context vectors at each scale of
 * {@code -Deval.context.settings} (epochs:scale,…), of the model
 * {@code -Deval.context.model}.
 */
public final class ChooseSpanTagger {

	private ChooseSpanTagger() {
	}

	public static void main(String[] args) throws Exception {
		Properties config = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("evals/scoring/config.properties"))) {
			config.load(in);
		}
		List<Path> files = Arrays.stream(config.getProperty("skillspan").split(",")).map(Path::of).toList();
		SkillDictionary dictionary = SkillDictionary.load("skills/skills.tsv")
			.only((s) -> !s.id().startsWith("skillspan:"));
		if (Boolean.getBoolean("eval.context")) {
			String name = System.getProperty("eval.context.model", "all-minilm-l6-v2");
			try (OnnxEmbedder model = new OnnxEmbedder(new EmbeddingProperties(name + ".onnx", name + "-tokenizer.json",
					256, 8, Duration.ofMillis(3), "cpu", 1, 2))) {
				ContextVectors vectors = new MemoContextVectors(model);
				chooseContext(files, dictionary, vectors, SkillSpans.Split.DEV_FIT, SkillSpans.Split.DEV_CHOOSE);
				chooseContext(files, dictionary, vectors, SkillSpans.Split.DEV_FIT_SWAPPED,
						SkillSpans.Split.DEV_CHOOSE_SWAPPED);
			}
			SkillSpans.printDiagnosis();
			return;
		}
		choose(files, dictionary, SkillSpans.Split.DEV_FIT, SkillSpans.Split.DEV_CHOOSE);
		choose(files, dictionary, SkillSpans.Split.DEV_FIT_SWAPPED, SkillSpans.Split.DEV_CHOOSE_SWAPPED);
		SkillSpans.printDiagnosis();
	}

	private static void chooseContext(List<Path> files, SkillDictionary dictionary, ContextVectors vectors,
			SkillSpans.Split fit, SkillSpans.Split measure) throws Exception {
		System.out.println("== with context vectors, fitted on " + fit + ", measured on " + measure);
		List<SpanTaggerTraining.Line> lines = SkillSpans.lines(files, fit);
		SpanTagger plain = SpanTagger.of(SpanTaggerTraining.train(lines, dictionary, 8, TrainSpanTagger.SEED));
		print("8 epochs, no context", SkillSpans.evaluate(files, new SkillExtractor(dictionary, plain), measure));
		for (String setting : System.getProperty("eval.context.settings", "8:1,8:2,8:3").split(",")) {
			int epochs = Integer.parseInt(setting.split(":")[0]);
			float scale = Float.parseFloat(setting.split(":")[1]);
			SpanTagger tagger = SpanTagger
				.of(SpanTaggerTraining.train(lines, dictionary, vectors, scale, epochs, TrainSpanTagger.SEED));
			print(epochs + " epochs, context x" + scale,
					SkillSpans.evaluate(files, new SkillExtractor(dictionary, tagger, vectors), measure));
			printDoubts(files, dictionary, tagger, vectors, measure);
		}
		chooseCrf(lines, files, dictionary, vectors, measure);
	}

	/**
	 * Each CRF setting of {@code -Deval.crf.settings} (rate:l2:epochs,…), with context
	 * vectors.
	 */
	private static void chooseCrf(List<SpanTaggerTraining.Line> lines, List<Path> files, SkillDictionary dictionary,
			ContextVectors vectors, SkillSpans.Split measure) throws Exception {
		for (String setting : System.getProperty("eval.crf.settings", "").split(",")) {
			if (setting.isBlank()) {
				continue;
			}
			String[] p = setting.split(":");
			SpanTaggerCrf.Settings settings = new SpanTaggerCrf.Settings(Double.parseDouble(p[0]),
					Double.parseDouble(p[1]), Integer.parseInt(p[2]), TrainSpanTagger.SEED);
			SpanTagger tagger = SpanTagger.of(SpanTaggerCrf.train(lines, dictionary, vectors, settings));
			print("crf " + setting,
					SkillSpans.evaluate(files, new SkillExtractor(dictionary, tagger, vectors), measure));
			printDoubts(files, dictionary, tagger, vectors, measure);
		}
	}

	/** With each doubt of {@code -Deval.doubt} (a probability, ...). */
	private static void printDoubts(List<Path> files, SkillDictionary dictionary, SpanTagger tagger,
			ContextVectors vectors, SkillSpans.Split measure) throws Exception {
		for (String doubt : System.getProperty("eval.doubt", "").split(",")) {
			if (!doubt.isBlank()) {
				print("  doubt " + doubt, SkillSpans.evaluate(files,
						new SkillExtractor(dictionary, tagger, vectors, Double.parseDouble(doubt)), measure));
			}
		}
	}

	private static void choose(List<Path> files, SkillDictionary dictionary, SkillSpans.Split fit,
			SkillSpans.Split measure) throws Exception {
		System.out.println("== fitted on " + fit + ", measured on " + measure);
		print("dictionary alone", SkillSpans.evaluate(files, new SkillExtractor(dictionary), measure));
		for (int epochs : new int[] { 4, 8, 12 }) {
			SpanTagger tagger = SpanTagger
				.of(SpanTaggerTraining.train(SkillSpans.lines(files, fit), dictionary, epochs, TrainSpanTagger.SEED));
			print(epochs + " epochs", SkillSpans.evaluate(files, new SkillExtractor(dictionary, tagger), measure));
		}
	}

	private static void print(String what, SkillSpans.Counts c) {
		System.out.printf("%-28s P %.3f R %.3f F1 %.3f partial %.3f%n", what, c.precision(), c.recall(), c.f1(),
				c.partialF1());
	}

}
