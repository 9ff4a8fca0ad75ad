package io.tailor.worker.consuming;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.tailor.jobs.blob.BlobKeys;
import io.tailor.jobs.blob.FileSystemBlobStore;
import io.tailor.jobs.job.FailureReason;
import io.tailor.jobs.job.Job;
import io.tailor.jobs.job.JobRepository;
import io.tailor.jobs.job.NewJob;
import io.tailor.jobs.job.ProgressEvent;
import io.tailor.jobs.job.ResumeFormat;
import io.tailor.jobs.queue.JobMessage;
import io.tailor.jobs.queue.PostgresJobQueue;
import io.tailor.jobs.queue.QueueProperties;
import io.tailor.jobs.store.PostgresJobRepository;
import io.tailor.jobs.testing.QueueClock;
import io.tailor.jobs.testing.TestDatabase;
import io.tailor.worker.extraction.TextExtractor;
import io.tailor.worker.llm.ModelRefusedException;
import io.tailor.worker.llm.ModelTruncatedException;
import io.tailor.worker.llm.ModelUnavailableException;
import io.tailor.worker.scoring.ScoringClient;
import io.tailor.worker.tailoring.InvalidModelOutputException;
import io.tailor.worker.tailoring.OfflineTailor;
import io.tailor.worker.tailoring.Tailor;
import io.tailor.worker.tailoring.TailoredResume;
import io.tailor.worker.testing.ResumeDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every failure reason, reached by a job carried through the real PostgreSQL queue,
 * database and blob store by the processor, deliveries repeated as the queue makes them
 * (the queue's clock moved past each lease and backoff): recorded on the job, retried
 * only where a later delivery might succeed, and dead-lettered.
 */
class FailureReasonsTest {

	private static final String RESUME = "Ada Example\n## Skills\nJava, SQL\n";

	private static final String REPORT = """
			{"algorithm":"match-v4","score":75,"matchedSkills":[],"missingSkills":[],"requirements":[],"lines":[
			 {"lineNumber":1,"text":"Ada Example","section":"CONTACT","heading":false,"relevance":0},
			 {"lineNumber":2,"text":"## Skills","section":"SKILLS","heading":true,"relevance":0},
			 {"lineNumber":3,"text":"Java, SQL","section":"SKILLS","heading":false,"relevance":0.5}]}""";

	/**
	 * The reasons a later delivery might not have, retried once (two deliveries allowed).
	 */
	private static final Set<FailureReason> RETRIED = EnumSet.of(FailureReason.SCORING_UNAVAILABLE,
			FailureReason.LLM_UNAVAILABLE);

	@TempDir
	Path blobRoot;

	private final WireMockServer scoring = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	private JdbcClient jdbc;

	private JobRepository jobs;

	private PostgresJobQueue queue;

	private FileSystemBlobStore blobs;

	private TestDatabase db;

	@BeforeEach
	void setUp() {
		this.scoring.start();
		this.db = TestDatabase.freshSchema();
		this.jdbc = JdbcClient.create(this.db.dataSource());
		this.jobs = new PostgresJobRepository(this.jdbc);
		this.queue = new PostgresJobQueue(this.jdbc, new QueueProperties("postgres", Duration.ofSeconds(30), 2));
		this.blobs = new FileSystemBlobStore(this.blobRoot);
	}

	@AfterEach
	void tearDown() {
		this.scoring.stop();
	}

	@ParameterizedTest
	@EnumSource(FailureReason.class)
	void eachReasonIsReachedAndRecorded(FailureReason reason) {
		scoringAnswers(switch (reason) {
			case SCORING_UNAVAILABLE -> 503;
			case SCORING_REJECTED -> 422;
			default -> 200;
		});
		byte[] resume = switch (reason) {
			case UNPARSEABLE_FILE -> "%PDF-1.4 truncated".getBytes(StandardCharsets.US_ASCII);
			case IMAGE_ONLY_PDF -> ResumeDocuments.pdfScan();
			default -> RESUME.getBytes(StandardCharsets.UTF_8);
		};
		ResumeFormat format = (resume[0] == '%') ? ResumeFormat.PDF : ResumeFormat.MARKDOWN;
		UUID id = submit(resume, format);
		JobProcessor processor = processor(tailor(reason));
		for (int round = 0; round < 10 && !this.jobs.find(id).orElseThrow().status().isFinished(); round++) {
			this.queue.receive().ifPresent((delivery) -> {
				try {
					processor.process(delivery);
				}
				catch (IllegalStateException crash) {
					// a worker that dies mid-job: the lease runs out and the queue
					// delivers again
				}
			});
			QueueClock.passLeases(this.jdbc);
		}
		Job job = this.jobs.find(id).orElseThrow();
		assertThat(job.failureReason()).isEqualTo(reason);
		assertThat(this.jobs.findResult(id)).isEmpty();
		assertThat(this.jobs.events(id)).extracting(ProgressEvent::detail)
			.filteredOn((detail) -> detail.contains("; retry "))
			.as("retried before the last delivery")
			.hasSize(RETRIED.contains(reason) ? 1 : 0);
		assertThat(this.queue.receive()).as("dead-lettered").isEmpty();
	}

	private static Tailor tailor(FailureReason reason) {
		return switch (reason) {
			case CONTENT_FILTERED -> failing(() -> new ModelRefusedException("the provider filtered its answer", null));
			case TRUNCATED -> failing(() -> new ModelTruncatedException("stopped at the output limit"));
			case INVALID_MODEL_OUTPUT -> failing(() -> new InvalidModelOutputException("not the JSON asked for"));
			case LLM_UNAVAILABLE -> failing(() -> new ModelUnavailableException("openai did not answer", null, null));
			case ATTEMPTS_EXHAUSTED -> failing(() -> new IllegalStateException("the worker died"));
			case UNGROUNDED_OUTPUT -> (report, job) -> new TailoredResume(
					"# Ada Example\n## Skills\nJava, SQL\nKubernetes at Initech since 2019\n", "llm:test", null,
					List.of(), List.of(), List.of(), List.of(), TailoredResume.TokenUsage.NONE);
			default -> new OfflineTailor();
		};
	}

	private static Tailor failing(java.util.function.Supplier<RuntimeException> failure) {
		return (report, job) -> {
			throw failure.get();
		};
	}

	private JobProcessor processor(Tailor tailor) {
		ScoringClient client = new ScoringClient(RestClient.create(this.scoring.baseUrl()),
				JsonMapper.builder().build());
		return new JobProcessor(this.jobs, this.queue, this.blobs, new TextExtractor(), client,
				new TailoringStep(tailor),
				new TransactionTemplate(new DataSourceTransactionManager(this.db.dataSource())), new WorkerProperties(1,
						Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofSeconds(60)));
	}

	private UUID submit(byte[] content, ResumeFormat format) {
		UUID id = UUID.randomUUID();
		this.blobs.put(BlobKeys.forResume(id), content, format.mediaType());
		this.jobs.insert(new NewJob(id, "alice", BlobKeys.forResume(id), format, "cv", "Java engineer", null));
		this.queue.enqueue(new JobMessage(id, null, null));
		return id;
	}

	private void scoringAnswers(int status) {
		this.scoring.stubFor(post(urlEqualTo("/v1/match")).willReturn(
				aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(REPORT)));
	}

}
