package io.tailor.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.tailor.worker.scoring.ScoringClient;
import io.tailor.worker.scoring.ScoringReport;
import io.tailor.worker.tailoring.OfflineTailor;
import io.tailor.worker.verification.GroundingCheck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** On every sample pair, every line the offline tailor writes is a line of the résumé. */
class SampleGroundingTest {

	private static final Path SAMPLES = Path.of(System.getProperty("tailor.repo.root", "../.."), "evals/samples");

	private static Suite suite;

	private static ScoringClient scoring;

	@BeforeAll
	static void start() {
		suite = new Suite();
		scoring = new ScoringClient(RestClient.create("http://localhost:" + suite.scoringPort),
				JsonMapper.builder().build());
	}

	@AfterAll
	static void stop() {
		suite.close();
	}

	static Stream<String[]> pairs() throws IOException {
		return Files.readAllLines(SAMPLES.resolve("pairs.tsv")).stream().skip(1).map((l) -> l.split("\t"));
	}

	@ParameterizedTest(name = "{0} for {1}")
	@MethodSource("pairs")
	void everyTailoredLineIsInTheResume(String resumeFile, String jobFile, String fit) throws IOException {
		String resume = Files.readString(SAMPLES.resolve(resumeFile));
		String job = Files.readString(SAMPLES.resolve(jobFile));
		ScoringReport report = scoring.match(resume, job);
		String markdown = new OfflineTailor().tailor(report, job).markdown();
		List<String> ungrounded = GroundingCheck.ungrounded(markdown, resume);
		assertThat(ungrounded).as(fit).isEmpty();
		assertThat(markdown.lines().filter((l) -> !l.isBlank()).count()).isGreaterThan(10);
	}

}
