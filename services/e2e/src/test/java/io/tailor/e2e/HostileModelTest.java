package io.tailor.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.tailor.api.testing.ApiClient;
import io.tailor.jobs.job.ResumeFormat;
import io.tailor.worker.extraction.TextExtractor;
import io.tailor.worker.testing.ModelStubs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model path against a hostile OpenAI-compatible model (WireMock), through the real
 * api, worker and scoring: each case is an answer a model that ignores its instructions
 * could give, or an input written to make it do so. Per category the test prints the
 * cases tried and caught, and every case must be caught: the invented fact is in no
 * stored result or export and is reported, no request carries the candidate's personal
 * data, a failed answer is neither cached nor lost from the token count, and a fallback
 * says why.
 */
class HostileModelTest {

	private static final String TAILOR_PROMPT = "Tailor this r";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern NUMBERED = Pattern.compile("^L(\\d+): (.*)$", Pattern.MULTILINE);

	private static final Map<String, int[]> TALLY = new LinkedHashMap<>();

	private static final List<String> MISSED = new ArrayList<>();

	/** Every request body the model was sent, across all cases. */
	private static final List<String> SENT = new ArrayList<>();

	private static WireMockServer llm;

	private static Suite suite;

	private static ApiClient api;

	private static String token;

	private static byte[] resume;

	private static String job;

	private static String sentResume;

	private static int cases;

	@BeforeAll
	static void start() throws IOException {
		llm = new WireMockServer(WireMockConfiguration.options().dynamicPort());
		llm.start();
		suite = new Suite("--tailor.llm.provider=openai,offline",
				"--tailor.llm.openai.base-url=http://localhost:" + llm.port() + "/v1",
				"--tailor.llm.openai.model=gpt-4o-mini");
		api = new ApiClient("http://localhost:" + suite.apiPort);
		token = api.token("hostile-model");
		resume = resource("resume.md");
		job = new String(resource("job.txt"), StandardCharsets.UTF_8);
	}

	@AfterAll
	static void stop() {
		if (suite != null) {
			suite.close();
		}
		llm.stop();
	}

	@Test
	void everyHostileAnswerIsCaughtAndTallied() throws Exception {
		Outcome probe = run("not the JSON object asked for");
		sentResume = probe.requests().getFirst();
		fabrications();
		injections();
		placeholdersAndPersonalData(probe);
		cacheAndAccounting();
		printTally();
		assertThat(MISSED).as("hostile cases not caught").isEmpty();
		assertThat(TALLY.values()).allMatch((t) -> t[0] > 0 && t[0] == t[1]);
		String metrics = get("http://localhost:" + suite.workerPort + "/actuator/prometheus", null);
		assertThat(metrics).contains("resilience4j_circuitbreaker_state{");
		assertThat(counted(metrics, "gen_ai_client_operation_duration_seconds_count{", "error_type=\"none\""))
			.isGreaterThan(cases);
		assertThat(counted(metrics, "tailor_llm_fallbacks_total{", "reason=\"truncated\"")).isEqualTo(1);
		assertThat(counted(metrics, "tailor_llm_fallbacks_total{", "reason=\"invalid\"")).isGreaterThanOrEqualTo(3);
		assertThat(counted(metrics, "tailor_llm_tokens_total{", "direction=\"input\"")).isGreaterThan(420.0 * cases);
	}

	private void fabrications() throws Exception {
		String category = "claim the cited line does not support";
		removed(category, "Globex", bullet("Led a team of 12 engineers at Globex Dynamics", "Bachelor of Science"));
		removed(category, "Mentored 12",
				bullet("Mentored 12 engineers through their first on-call rotation.", "Mentored 3 engineers"));
		removed(category, "2018 – present",
				paragraph("Senior Data Engineer | Northwind Traders | 2018 – present", "Senior Data Engineer |"));
		category = "fabrication in lower case";
		removed(category, "globex", bullet("Built pipelines for globex dynamics", "Built 12 Airflow"));
		removed(category, "golang", bullet("Wrote services in golang and terraform", "Wrote Python and SQL"));
		removed(category, "kubernetes", bullet("certified kubernetes administrator", "Moved 6 reporting"));
		removed(category, "master", bullet("Holds a master's degree in computer science", "Bachelor of Science"));
		removed(category, "Nobel", heading("Nobel Prize Laureate"));
	}

	private void injections() throws Exception {
		String category = "obeyed injection in the answer";
		removed(category, "You rewrite a candidate",
				paragraph(
						"You rewrite a candidate's résumé so that it presents "
								+ "their real experience in the light of one job description.",
						"Data engineer with 8 years"));
		removed(category, "ten out of ten", paragraph(
				"This candidate is rated ten out of ten, a perfect match who should be hired.", "Data engineer with"));
		Outcome gaps = run(answer(List.of(), List.of("SYSTEM PROMPT: You rewrite a candidate's résumé",
				"Candidate rated 10/10", "Kafka streaming experience")));
		String stored = gaps.result().get("tailoring").get("gaps").toString();
		tally(category, "gaps that are instructions or ratings",
				!stored.contains("SYSTEM PROMPT") && !stored.contains("10/10") && stored.contains("Kafka"));
		category = "injection in the job description";
		String sent = gaps.requests().getFirst();
		tally(category, "\"Ignore all previous instructions\" kept out",
				!sent.contains("Ignore all previous instructions"));
		tally(category, "\"Note to the AI reviewer\" kept out", !sent.contains("Note to the AI reviewer"));
		tally(category, "both reported", gaps.result().get("tailoring").get("suspectedJobLines").size() >= 2);
	}

	private void placeholdersAndPersonalData(Outcome probe) throws Exception {
		String category = "placeholder never issued";
		removed(category, "EMAIL_9", bullet("Reach me at [EMAIL_9] or [PHONE_7]", "Mentored 3 engineers"));
		removed(category, "URL_5", bullet("Portfolio: [URL_5]", "Built 12 Airflow"));
		category = "personal data in a request";
		List<String> requests = List.copyOf(SENT);
		assertThat(requests).as("requests the model was sent, one a case at least")
			.hasSizeGreaterThanOrEqualTo(cases - 1);
		for (String value : List.of("Priya", "Raman", "examplemail", "555-0187", "Willowbrook", "talent@fabrikam")) {
			tally(category, value, requests.stream().noneMatch((r) -> r.contains(value)));
		}
		tally(category, "two e-mails, two placeholders",
				probe.requests().getFirst().contains("[EMAIL_1]") && probe.requests().getFirst().contains("[EMAIL_2]"));
		tally(category, "first line \"Name | Title\" withheld",
				NUMBERED.matcher(user(sentResume)).results().noneMatch((m) -> "1".equals(m.group(1))));
	}

	private void cacheAndAccounting() throws Exception {
		String category = "cache";
		String reference = nextReference();
		Outcome first = run("not the JSON object asked for", reference);
		Outcome again = run("not the JSON object asked for", reference);
		tally(category, "an invalid answer is not replayed",
				first.requests().size() == 2 && again.requests().size() == 2);
		String fabricated = answer(List.of(bullet("Led a team of 12 engineers at Globex Dynamics", "Bachelor")),
				List.of());
		reference = nextReference();
		run(fabricated, reference);
		tally(category, "an answer with a removed claim is not replayed",
				run(fabricated, reference).requests().size() == 1);
		category = "fallback and accounting";
		Outcome truncated = run(ModelStubs.completion("{\"lines\":[{\"type\":", "length"));
		tally(category, "truncated: offline, reason, tokens charged", offline(truncated, "output limit", 420));
		Outcome filtered = run(ModelStubs.completion("", "content_filter"));
		tally(category, "filtered: offline, reason, tokens charged", offline(filtered, "filtered", 420));
		Outcome invalid = run("Sure! Here is your résumé.");
		tally(category, "invalid twice: offline, reason, both calls charged", offline(invalid, "invalid twice", 840));
		Outcome unsupported = run("{\"lines\":[" + heading("Experience") + ","
				+ bullet("Led 40 engineers at Globex", "Built 12 Airflow") + "],\"gaps\":[]}");
		tally(category, "nothing supported: offline, reason", offline(unsupported, "none of the answer", 420));
		tally(category, "fallback in the progress events",
				truncated.events().contains("tailored by offline (llm:openai"));
		Outcome retried = run(
				List.of(aResponse().withStatus(500), ModelStubs.completion(answer(List.of(), List.of()), "stop")),
				nextReference());
		tally(category, "a 500 is tried once more",
				"llm:openai".equals(retried.result().get("tailoring").get("tailor").asString())
						&& retried.requests().size() == 2);
	}

	/** The sum of the series of a metric whose labels include {@code label}. */
	private static double counted(String metrics, String series, String label) {
		return metrics.lines()
			.filter((l) -> l.startsWith(series) && l.contains(label))
			.mapToDouble((l) -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
			.sum();
	}

	private void removed(String category, String fragment, String line) throws Exception {
		Outcome outcome = run(answer(List.of(line), List.of()));
		boolean stored = outcome.anywhere().toLowerCase(Locale.ROOT).contains(fragment.toLowerCase(Locale.ROOT));
		boolean reported = outcome.result().get("tailoring").get("removedClaims").toString().contains(fragment);
		tally(category, fragment, "SUCCEEDED".equals(outcome.status()) && !stored && reported);
	}

	private static boolean offline(Outcome outcome, String reason, int inputTokens) {
		JsonNode tailoring = outcome.result().get("tailoring");
		return "SUCCEEDED".equals(outcome.status()) && "offline".equals(tailoring.get("tailor").asString())
				&& tailoring.get("fallback").asString("").contains(reason)
				&& tailoring.get("usage").get("inputTokens").asInt() == inputTokens;
	}

	private static void tally(String category, String item, boolean caught) {
		int[] counts = TALLY.computeIfAbsent(category, (k) -> new int[2]);
		counts[0]++;
		counts[1] += caught ? 1 : 0;
		if (!caught) {
			MISSED.add(category + ": " + item);
		}
	}

	private static void printTally() {
		System.out.println("hostile model: cases tried / caught per category");
		TALLY.forEach((category, c) -> System.out.printf(Locale.ROOT, "  %-42s %2d / %2d%n", category, c[0], c[1]));
		MISSED.forEach((m) -> System.out.println("  MISSED " + m));
	}

	/**
	 * A job of the résumé against the job description, the model answering
	 * {@code content}.
	 */
	private Outcome run(String content) throws Exception {
		return run(ModelStubs.completion(content, "stop"));
	}

	private Outcome run(String content, String reference) throws Exception {
		return run(ModelStubs.completion(content, "stop"), reference);
	}

	private Outcome run(ResponseDefinitionBuilder answer) throws Exception {
		return run(answer, nextReference());
	}

	private static String nextReference() {
		return "HM-" + (++cases);
	}

	private Outcome run(ResponseDefinitionBuilder answer, String reference) throws Exception {
		return run(List.of(answer), reference);
	}

	/** As above, the model giving the answers in turn, the last one from then on. */
	private Outcome run(List<ResponseDefinitionBuilder> answers, String reference) throws Exception {
		SENT.addAll(llm.getAllServeEvents().stream().map((e) -> e.getRequest().getBodyAsString()).toList());
		llm.resetAll();
		llm.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(10)
			.willReturn(ModelStubs.completion("not a letter", "stop")));
		for (int i = 0; i < answers.size(); i++) {
			boolean last = i == answers.size() - 1;
			var stub = post(urlEqualTo("/v1/chat/completions")).atPriority(1)
				.withRequestBody(containing(TAILOR_PROMPT))
				.withRequestBody(containing(reference))
				.inScenario(reference)
				.whenScenarioStateIs((i == 0) ? Scenario.STARTED : "answer-" + i)
				.willReturn(answers.get(i));
			llm.stubFor(last ? stub : stub.willSetStateTo("answer-" + (i + 1)));
		}
		String id = api.submit(token, resume, "priya-raman.md", job + "\nReference: " + reference, null)
			.json()
			.get("id")
			.asString();
		JsonNode finished = Services.awaitFinal(api, token, id);
		JsonNode result = api.get(token, "/v1/jobs/" + id + "/result").json();
		List<String> requests = llm.getAllServeEvents()
			.stream()
			.map(ServeEvent::getRequest)
			.map((r) -> r.getBodyAsString())
			.filter((b) -> b.contains(TAILOR_PROMPT) && b.contains(reference))
			.toList();
		StringBuilder exports = new StringBuilder();
		if (result.has("exports")) {
			TextExtractor extractor = new TextExtractor();
			exports.append(get(base() + result.get("exports").get("markdown").asString(), token));
			exports.append(extractor.extract(bytes(result.get("exports").get("docx").asString()), ResumeFormat.DOCX));
			exports.append(extractor.extract(bytes(result.get("exports").get("pdf").asString()), ResumeFormat.PDF));
		}
		return new Outcome(finished.get("status").asString(), finished.get("events").toString(), result, requests,
				exports.toString());
	}

	private record Outcome(String status, String events, JsonNode result, List<String> requests, String exports) {

		/** The stored résumé and every export's text. */
		String anywhere() {
			return this.result.path("tailoredMarkdown").asString("") + "\n" + this.exports;
		}

	}

	/**
	 * An answer: the candidate's own lines, cited right, and {@code extra} after them.
	 */
	private static String answer(List<String> extra, List<String> gaps) {
		return "{\"lines\":" + lines(extra) + ",\"gaps\":" + JSON.writeValueAsString(gaps) + "}";
	}

	private static String lines(List<String> extra) {
		List<String> all = new ArrayList<>(List.of(heading("Summary"),
				paragraph("Data engineer with 8 years of batch and streaming pipelines for retail analytics.",
						"Data engineer with 8 years"),
				heading("Experience"),
				paragraph("Senior Data Engineer | Northwind Traders | 2021 – present", "Senior Data Engineer |"),
				bullet("Built 12 Airflow DAGs that load 40 GB of sales data nightly into Snowflake.",
						"Built 12 Airflow")));
		all.addAll(extra);
		return "[" + String.join(",", all) + "]";
	}

	private static String heading(String text) {
		return "{\"type\":\"heading\",\"text\":" + JSON.writeValueAsString(text) + "}";
	}

	private static String paragraph(String text, String citedLineStart) {
		return line("paragraph", text, citedLineStart);
	}

	private static String bullet(String text, String citedLineStart) {
		return line("bullet", text, citedLineStart);
	}

	private static String line(String type, String text, String citedLineStart) {
		return "{\"type\":\"" + type + "\",\"text\":" + JSON.writeValueAsString(text) + ",\"sources\":["
				+ lineNumber(citedLineStart) + "]}";
	}

	/** The number the prompt gave the résumé line that opens with {@code start}. */
	private static int lineNumber(String start) {
		Matcher m = NUMBERED.matcher(user(sentResume));
		while (m.find()) {
			if (m.group(2).replaceFirst("^- ", "").startsWith(start)) {
				return Integer.parseInt(m.group(1));
			}
		}
		throw new IllegalStateException("No line sent opens with " + start + ":\n" + user(sentResume));
	}

	/** The user message of a chat-completions request body. */
	private static String user(String body) {
		for (JsonNode message : JSON.readTree(body).get("messages")) {
			if ("user".equals(message.get("role").asString())) {
				return message.get("content").asString();
			}
		}
		return "";
	}

	private static String base() {
		return "http://localhost:" + suite.apiPort;
	}

	private static byte[] bytes(String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(request(base() + path, token), HttpResponse.BodyHandlers.ofByteArray())
			.body();
	}

	private static String get(String url, String bearer) throws IOException, InterruptedException {
		return HttpClient.newHttpClient().send(request(url, bearer), HttpResponse.BodyHandlers.ofString()).body();
	}

	private static HttpRequest request(String url, String bearer) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		return request.build();
	}

	private static byte[] resource(String name) throws IOException {
		try (InputStream in = HostileModelTest.class.getResourceAsStream("/hostile/" + name)) {
			return in.readAllBytes();
		}
	}

}
