package io.tailor.scoring.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.tailor.scoring.embedding.Embedder;
import io.tailor.scoring.matching.InstructionLike;

/**
 * How well {@link InstructionLike} separates planted instructions from the lines of
 * résumés and ads: recall on {@code evals/screening/instructions-<split>.txt}, and the
 * share of ordinary lines (every line of three words or more of the evaluation résumés
 * and ads of that split) it would keep from the model.
 */
final class Screening {

	private static final List<String> SETS = List.of("evals/occupations", "evals/multilingual", "evals/within-field");

	private Screening() {
	}

	static Map<String, Object> evaluate(Embedder embedder, String split) throws IOException {
		InstructionLike screen = new InstructionLike(embedder);
		List<String> planted = lines(Path.of("evals/screening/instructions-" + split + ".txt"));
		List<String> ordinary = ordinary(split);
		double[] p = screen.scores(planted);
		double[] o = screen.scores(ordinary);
		Map<String, Object> figures = new LinkedHashMap<>();
		long caught = 0;
		for (int i = 0; i < p.length; i++) {
			caught += InstructionLike.instruction(planted.get(i), p[i]) ? 1 : 0;
		}
		List<String> kept = new ArrayList<>();
		for (int i = 0; i < o.length; i++) {
			if (InstructionLike.instruction(ordinary.get(i), o[i])) {
				kept.add(ordinary.get(i));
			}
		}
		figures.put("screening." + split + ".planted", planted.size());
		figures.put("screening." + split + ".recall", round((double) caught / planted.size()));
		figures.put("screening." + split + ".ordinaryLines", ordinary.size());
		figures.put("screening." + split + ".falsePositives", kept.size());
		figures.put("screening." + split + ".falsePositiveRate", round((double) kept.size() / ordinary.size()));
		if (Boolean.getBoolean("eval.screening.sweep")) {
			for (double t = 0.40; t < 0.80; t += 0.025) {
				double threshold = t;
				long r = Stream.of(boxed(p)).filter((s) -> s >= threshold).count();
				long f = Stream.of(boxed(o)).filter((s) -> s >= threshold).count();
				System.out.printf("screening %s threshold %.3f recall %d/%d false positives %d/%d%n", split, t, r,
						planted.size(), f, ordinary.size());
			}
		}
		kept.forEach((l) -> System.out.println("screening " + split + " kept from the model: " + l));
		if (Boolean.getBoolean("eval.screening.sweep")) {
			for (int i = 0; i < p.length; i++) {
				System.out.printf("screening %s planted %.3f %s%n", split, p[i], planted.get(i));
			}
			for (int i = 0; i < o.length; i++) {
				if (o[i] >= 0.40) {
					System.out.printf("screening %s ordinary %.3f %s%n", split, o[i], ordinary.get(i));
				}
			}
		}
		return figures;
	}

	private static List<String> ordinary(String split) throws IOException {
		List<String> lines = new ArrayList<>();
		for (String set : SETS) {
			for (String kind : List.of("resumes", "jobs")) {
				Path folder = Path.of(set, split, kind);
				if (!Files.isDirectory(folder)) {
					continue;
				}
				try (Stream<Path> files = Files.list(folder).sorted()) {
					for (Path file : files.toList()) {
						Files.readAllLines(file)
							.stream()
							.map((l) -> l.replaceFirst("^[#*\\-•\\s]+", "").strip())
							.filter((l) -> l.split("\\s+").length >= 3)
							.forEach(lines::add);
					}
				}
			}
		}
		return lines;
	}

	private static List<String> lines(Path file) throws IOException {
		return Files.readAllLines(file)
			.stream()
			.map(String::strip)
			.filter((l) -> !l.isEmpty() && !l.startsWith("#"))
			.toList();
	}

	private static Double[] boxed(double[] values) {
		Double[] boxed = new Double[values.length];
		for (int i = 0; i < values.length; i++) {
			boxed[i] = values[i];
		}
		return boxed;
	}

	private static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

}
