package io.tailor.worker.consuming;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tailor.jobs.blob.BlobKeys;
import io.tailor.jobs.blob.FileSystemBlobStore;
import io.tailor.jobs.job.FailureReason;
import io.tailor.jobs.job.Job;
import io.tailor.jobs.job.JobRepository;
import io.tailor.jobs.job.JobRevision;
import io.tailor.jobs.job.JobStatus;
import io.tailor.jobs.job.NewJob;
import io.tailor.jobs.job.ProgressEvent;
import io.tailor.jobs.job.ResumeFormat;
import io.tailor.jobs.queue.Delivery;
import io.tailor.jobs.queue.JobMessage;
import io.tailor.jobs.queue.JobQueue;
import io.tailor.jobs.queue.PostgresJobQueue;
import io.tailor.jobs.queue.QueueProperties;
import io.tailor.jobs.store.PostgresJobRepository;
import io.tailor.jobs.testing.QueueClock;
import io.tailor.jobs.testing.TestDatabase;
import io.tailor.worker.extraction.TextExtractor;
import io.tailor.worker.scoring.ScoringClient;
import io.tailor.worker.llm.ModelRefusedException;
import io.tailor.worker.llm.ModelUnavailableException;
import io.tailor.worker.tailoring.OfflineTailor;
import io.tailor.worker.tailoring.Tailor;
import io.tailor.worker.testing.HostileFiles;
import io.tailor.worker.testing.ResumeDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worker's processing against the real database, a real blob directory and a stubbed
 * scoring service.
 */
class JobProcessorTest {

	private static final String RESUME = "Ada Example\n## Skills\nJava, SQL\n";

	private static final String REPORT = """
			{"algorithm":"match-v1","score":75,"matchedSkills":[{"id":"j","label":"Java","span":"Java"}],
			 "missingSkills":[],"requirements":[],"lines":[
			 {"lineNumber":1,"text":"Ada Example","section":"CONTACT","heading":false,"relevance":0},
			 {"lineNumber":2,"text":"## Skills","section":"SKILLS","heading":true,"relevance":0},
			 {"lineNumber":3,"text":"Java, SQL","section":"SKILLS","heading":false,"relevance":0.5}]}""";

	@TempDir
	Path blobRoot;

	WireMockServer scoring = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	JobRepository jobs;

	JobQueue queue;

	FileSystemBlobStore blobs;

	JobProcessor processor;

	TestDatabase db;

	WorkerProperties properties;

	SimpleMeterRegistry meters = new SimpleMeterRegistry();

	@BeforeEach
	void setUp() {
		this.scoring.start();
		this.db = TestDatabase.freshSchema();
		JdbcClient jdbc = JdbcClient.create(this.db.dataSource());
		this.jobs = new PostgresJobRepository(jdbc);
		this.queue = new PostgresJobQueue(jdbc, new QueueProperties("postgres", Duration.ofSeconds(1), 2));
		this.blobs = new FileSystemBlobStore(this.blobRoot);
		this.properties = new WorkerProperties(1, Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofSeconds(1),
				Duration.ofSeconds(60));
		this.processor = processor(new OfflineTailor());
	}

	@AfterEach
	void tearDown() {
		this.scoring.stop();
	}

	@Test
	void carriesAJobThroughEveryStageToOneResult() {
		scoringAnswers(200, REPORT);
		UUID id = submit(RESUME.getBytes(StandardCharsets.UTF_8), ResumeFormat.MARKDOWN);
		this.processor.process(this.queue.receive().orElseThrow());
		Job job = this.jobs.find(id).orElseThrow();
		assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
		assertThat(this.jobs.events(id)).extracting(ProgressEvent::detail)
			.containsExactly("accepted", "extracting", "scoring", "tailoring", "verifying", "rendering",
					"succeeded; tailored by offline");
		assertThat(this.jobs.findResult(id).orElseThrow().tailoredMarkdown())
			.isEqualTo("# Ada Example\n\n## Skills\nJava, SQL\n");
		assertThat(this.queue.receive()).isEmpty();
	}

	@Test
	void aCandidatesEditIsRenderedAsItsOwnResultWithTheLinesTheResumeDoesNotSupportMarked() throws Exception {
		scoringAnswers(200, REPORT);
		UUID original = submit(RESUME.getBytes(StandardCharsets.UTF_8), ResumeFormat.MARKDOWN);
		this.processor.process(this.queue.receive().orElseThrow());
		String edited = "# Ada Example\n\n## Skills\nSQL, Java\nKubernetes at Initech since 2019\n";
		UUID revision = UUID.randomUUID();
		this.blobs.put(BlobKeys.forResume(revision), RESUME.getBytes(StandardCharsets.UTF_8),
				ResumeFormat.MARKDOWN.mediaType());
		this.jobs.insert(new NewJob(revision, "alice", BlobKeys.forResume(revision), ResumeFormat.MARKDOWN, "cv",
				"Java engineer", null, new JobRevision(original, 2, edited)));
		this.queue.enqueue(new JobMessage(revision, null, null));
		this.processor.process(this.queue.receive().orElseThrow());
		assertThat(this.jobs.find(revision).orElseThrow().status()).isEqualTo(JobStatus.SUCCEEDED);
		assertThat(this.jobs.events(revision)).extracting(ProgressEvent::detail)
			.last()
			.isEqualTo("succeeded; your edit was rendered; 1 line(s) name something your résumé does not");
		var result = this.jobs.findResult(revision).orElseThrow();
		assertThat(result.tailoredMarkdown()).isEqualTo(edited);
		var tailoring = JsonMapper.builder().build().readTree(result.tailoringJson());
		assertThat(tailoring.get("tailor").asString()).isEqualTo("candidate");
		assertThat(tailoring.get("unsupported")).hasSize(1);
		assertThat(tailoring.get("unsupported").get(0).get("text").asString())
			.isEqualTo("Kubernetes at Initech since 2019");
		assertThat(tailoring.get("unsupported").get(0).get("claims").toString()).contains("Initech");
		assertThat(tailoring.get("original").asString()).isEqualTo("# Ada Example\n\n## Skills\nJava, SQL\n");
		String pdf = new TextExtractor().extract(this.blobs.get(BlobKeys.forExport(revision, "pdf")), ResumeFormat.PDF);
		assertThat(pdf).contains("SQL, Java").contains("Kubernetes at Initech since 2019");
	}

	@Test
	void eachFinishedJobIsCountedByOutcomeAndTimedPerStage() {
		scoringAnswers(200, REPORT);
		submit(RESUME.getBytes(StandardCharsets.UTF_8), ResumeFormat.MARKDOWN);
		this.processor.process(this.queue.receive().orElseThrow());
		submit(ResumeDocuments.pdfScan(), ResumeFormat.PDF);
		this.processor.process(this.queue.receive().orElseThrow());
		assertThat(this.meters.get("tailor.jobs.completed")
			.tags("outcome", "SUCCEEDED", "reason", "none")
			.counter()
			.count()).isEqualTo(1);
		assertThat(this.meters.get("tailor.jobs.completed")
			.tags("outcome", "FAILED", "reason", "IMAGE_ONLY_PDF")
			.counter()
			.count()).isEqualTo(1);
		assertThat(this.meters.get("tailor.jobs.completed").tags("reason", "TRUNCATED").counter().count()).isZero();
		assertThat(this.meters.get("tailor.job.stage.duration").tag("outcome", "SUCCEEDED").timers())
			.extracting((t) -> t.getId().getTag("stage"))
			.containsExactlyInAnyOrder("extracting", "scoring", "tailoring", "verifying", "rendering");
		assertThat(this.meters.get("tailor.job.duration").tag("outcome", "FAILED").timer().count()).isEqualTo(1);
		assertThat(this.meters.get("tailor.job.duration.excluding.model").tag("outcome", "SUCCEEDED").timer().count())
			.isEqualTo(1);
	}

	@Test
	void aSecondDeliveryOfAFinishedJobChangesNothing() throws InterruptedException {
		scoringAnswers(200, REPORT);
		UUID id = submit(RESUME.getBytes(StandardCharsets.UTF_8), ResumeFormat.MARKDOWN);
		this.processor.process(this.queue.receive().orElseThrow());
		this.queue.enqueue(new JobMessage(id, null, null));
		this.processor.process(this.queue.receive().orElseThrow());
		assertThat(this.jobs.findResult(id)).isPresent();
		assertThat(this.scoring.countRequestsMatching(postRequestedFor(urlEqualTo("/v1/match")).build()).getCount())
			.isEqualTo(1);
		assertThat(this.queue.receive()).isEmpty();
	}

	@Test
	void aScannedPdfFailsAsImageOnlyWithoutReachingScoring() {
		UUID id = submit(ResumeDocuments.pdfScan(), ResumeFormat.PDF);
		this.processor.process(this.queue.receive().orElseThrow());
		Job job = this.jobs.find(id).orElseThrow();
		assertThat(job.status()).isEqualTo(JobStatus.FAILED);
		assertThat(job.failureReason()).isEqualTo(FailureReason.IMAGE_ONLY_PDF);
		assertThat(this.jobs.findResult(id)).isEmpty();
		assertThat(this.scoring.getAllServeEvents()).isEmpty();
	}

	@Test
	void anUnreadableFileFailsAtOnceAndIsDeadLettered() throws InterruptedException {
		UUID id = submit("%PDF-1.4 truncated".getBytes(StandardCharsets.US_ASCII), ResumeFormat.PDF);
		Delivery delivery = this.queue.receive().orElseThrow();
		this.processor.process(delivery);
		Job job = this.jobs.find(id).orElseThrow();
		assertThat(job.status()).isEqualTo(JobStatus.FAILED);
		assertThat(job.failureReason()).isEqualTo(FailureReason.UNPARSEABLE_FILE);
		assertThat(delivery.attempt()).isEqualTo(1);
		elapse();
		assertThat(this.queue.receive()).isEmpty();
		assertThat(this.scoring.getAllServeEvents()).isEmpty();
	}

	@Test
	void aZipBombFailsTheJobAtOnceAsUnparseable() {
		UUID id = submit(HostileFiles.docxBomb(64L << 20), ResumeFormat.DOCX);
		Delivery delivery = this.queue.receive().orElseThrow();
		this.processor.process(delivery);
		Job job = this.jobs.find(id).orElseThrow();
		assertThat(job.status()).isEqualTo(JobStatus.FAILED);
		assertThat(job.failureReason()).isEqualTo(FailureReason.UNPARSEABLE_FILE);
		assertThat(delivery.attempt()).isEqualTo(1);
		assertThat(this.jobs.events(id)).extracting(ProgressEvent::detail)
			.contains("The DOCX unzips to more than 16 MB");
		assertThat(this.scoring.getAllServeEvents()).isEmpty();
	}

	@Test
	void unreachableScoringIsRetriedThenFailsAndIsDeadLettered() throws InterruptedException {
		scoringAnswers(503, "{}");
		UUID id = submit(RESUME.getBytes(StandardCharsets.UTF_8), ResumeFormat.MARKDOWN);
		this.processor.process(this.queue.receive().orElseThrow());
		assertThat(this.jobs.find(id).orElseThrow().status()).isEqualTo(JobStatus.QUEUED);
		assertThat(this.queue.receive()).isEmpty();
		elapse();
		Delivery second = this.queue.receive().orElseThrow();
		assertThat(second.attempt()).isEqualTo(2);
		this.processor.process(second);
		Job job = this.jobs.find(id).orElseThrow();
		assertThat(job.status()).isEqualTo(JobStatus.FAILED);
		assertThat(job.failureReason()).isEqualTo(FailureReason.SCORING_UNAVAILABLE);
		elapse();
		assertThat(this.queue.receive()).isEmpty();
	}

	@Test
	void scoringThatComesBackAfterAnOutageLetsTheJobSucceed() throws InterruptedException {
		this.scoring.stubFor(post(urlEqualTo("/v1/match")).inScenario("outage")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("back"));
		this.scoring.stubFor(post(urlEqualTo("/v1/match")).inScenario("outage")
			.whenScenarioStateIs("back")
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(REPORT)));
		UUID id = submit(RESUME.getBytes(StandardCharsets.UTF_8), ResumeFormat.MARKDOWN);
		this.processor.process(this.queue.receive().orElseThrow());
		elapse();
		this.processor.process(this.queue.receive().orElseThrow());
		assertThat(this.jobs.find(id).orElseThrow().status()).isEqualTo(JobStatus.SUCCEEDED);
		assertThat(this.jobs.events(id)).extracting(ProgressEvent::detail).anyMatch((d) -> d.contains("retry 2 of 2"));
	}

	@Test
	void aCancelledJobIsNotProcessed() {
		scoringAnswers(200, REPORT);
		UUID id = submit(RESUME.getBytes(StandardCharsets.UTF_8), ResumeFormat.MARKDOWN);
		Job queued = this.jobs.find(id).orElseThrow();
		this.jobs.save(queued.moveTo(JobStatus.CANCELLED, null, null), "cancelled");
		this.processor.process(this.queue.receive().orElseThrow());
		assertThat(this.jobs.findResult(id)).isEmpty();
		assertThat(this.scoring.getAllServeEvents()).isEmpty();
		assertThat(this.queue.receive()).isEmpty();
	}

	@Test
	void aContentFilterRefusalFailsTheJobAtOnce() {
		scoringAnswers(200, REPORT);
		UUID id = submit(RESUME.getBytes(StandardCharsets.UTF_8), ResumeFormat.MARKDOWN);
		processor((report, job) -> {
			throw new ModelRefusedException("azure-openai refused the content", null);
		}).process(this.queue.receive().orElseThrow());
		Job job = this.jobs.find(id).orElseThrow();
		assertThat(job.status()).isEqualTo(JobStatus.FAILED);
		assertThat(job.failureReason()).isEqualTo(FailureReason.CONTENT_FILTERED);
		assertThat(this.jobs.findResult(id)).isEmpty();
	}

	@Test
	void anUnavailableModelReschedulesTheJobAfterTheWaitItAskedFor() {
		scoringAnswers(200, REPORT);
		UUID id = submit(RESUME.getBytes(StandardCharsets.UTF_8), ResumeFormat.MARKDOWN);
		processor((report, job) -> {
			throw new ModelUnavailableException("rate limited", Duration.ofSeconds(30), null);
		}).process(this.queue.receive().orElseThrow());
		assertThat(this.jobs.find(id).orElseThrow().status()).isEqualTo(JobStatus.QUEUED);
		assertThat(this.jobs.events(id)).extracting(ProgressEvent::detail).anyMatch((d) -> d.endsWith("in 30s"));
		assertThat(this.queue.receive()).isEmpty();
	}

	private JobProcessor processor(Tailor tailor) {
		ScoringClient client = new ScoringClient(RestClient.create(this.scoring.baseUrl()),
				JsonMapper.builder().build());
		return new JobProcessor(this.jobs, this.queue, this.blobs, new TextExtractor(), client,
				new TailoringStep(tailor),
				new TransactionTemplate(new DataSourceTransactionManager(this.db.dataSource())), this.properties,
				this.meters);
	}

	private UUID submit(byte[] content, ResumeFormat format) {
		UUID id = UUID.randomUUID();
		this.blobs.put(BlobKeys.forResume(id), content, format.mediaType());
		this.jobs.insert(new NewJob(id, "alice", BlobKeys.forResume(id), format, "cv", "Java engineer", null));
		this.queue.enqueue(new JobMessage(id, null, null));
		return id;
	}

	/**
	 * The queue's time passes beyond every lease and backoff: the database's clock,
	 * moved.
	 */
	private void elapse() {
		QueueClock.passLeases(JdbcClient.create(this.db.dataSource()));
	}

	private void scoringAnswers(int status, String body) {
		this.scoring.stubFor(post(urlEqualTo("/v1/match"))
			.willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
	}

}
