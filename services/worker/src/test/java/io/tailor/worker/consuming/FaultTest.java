package io.tailor.worker.consuming;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import io.tailor.jobs.blob.BlobKeys;
import io.tailor.jobs.blob.FileSystemBlobStore;
import io.tailor.jobs.job.JobRepository;
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
import io.tailor.worker.tailoring.OfflineTailor;
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
import static org.awaitility.Awaitility.await;

/**
 * Crashes, duplicates, lost leases and shutdowns on the PostgreSQL queue (reliability
 * cases A2, A6, A7, A13): a job ends with one result and its message settled, whatever
 * happens.
 */
class FaultTest {

	private static final Duration LEASE = Duration.ofSeconds(1);

	private static final String RESUME = "Ada Example\n## Skills\nJava, SQL\n";

	private static final String REPORT = """
			{"score":75,"matchedSkills":[],"lines":[
			 {"lineNumber":1,"text":"Ada Example","section":"CONTACT","heading":false,"relevance":0},
			 {"lineNumber":2,"text":"## Skills","section":"SKILLS","heading":true,"relevance":0},
			 {"lineNumber":3,"text":"Java, SQL","section":"SKILLS","heading":false,"relevance":0.5}]}""";

	@TempDir
	Path blobRoot;

	WireMockServer scoring = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	JdbcClient jdbc;

	JobRepository jobs;

	JobQueue queue;

	FileSystemBlobStore blobs;

	DataSource dataSource;

	@BeforeEach
	void setUp() {
		this.scoring.start();
		this.dataSource = TestDatabase.freshSchema().dataSource();
		this.jdbc = JdbcClient.create(this.dataSource);
		this.jobs = new PostgresJobRepository(this.jdbc);
		this.queue = new PostgresJobQueue(this.jdbc, new QueueProperties("postgres", LEASE, 5));
		this.blobs = new FileSystemBlobStore(this.blobRoot);
	}

	@AfterEach
	void tearDown() {
		this.scoring.stop();
	}

	@Test
	void crashAfterCommitBeforeAcknowledgementIsRedeliveredAndCompletedWithoutWork() throws InterruptedException {
		scoringAnswers(0);
		UUID id = submit();
		processor(new NoAcknowledgement(this.queue)).process(this.queue.receive().orElseThrow());
		assertThat(this.jobs.find(id).orElseThrow().status()).isEqualTo(JobStatus.SUCCEEDED);
		QueueClock.passLeases(JdbcClient.create(this.dataSource));
		Delivery redelivered = this.queue.receive().orElseThrow();
		assertThat(redelivered.attempt()).isEqualTo(2);
		processor(this.queue).process(redelivered);
		assertThat(scoringCalls()).isEqualTo(1);
		assertThat(succeededEvents(id)).isEqualTo(1);
		assertThat(this.queue.receive()).isEmpty();
	}

	@Test
	void aWorkerWhoseLeaseExpiredDuringASlowCallCannotCommit() throws Exception {
		scoringAnswers(1500);
		UUID id = submit();
		Delivery first = this.queue.receive().orElseThrow();
		CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> processor(this.queue).process(first));
		Delivery second = awaitDelivery();
		processor(this.queue).process(second);
		slow.get();
		assertThat(this.jobs.find(id).orElseThrow().status()).isEqualTo(JobStatus.SUCCEEDED);
		assertThat(this.jobs.findResult(id)).isPresent();
		assertThat(succeededEvents(id)).isEqualTo(1);
		assertThat(scoringCalls()).isLessThanOrEqualTo(2);
		assertThat(this.queue.receive()).isEmpty();
	}

	@Test
	void theSameDeliveryProcessedTwiceAtOnceGivesOneResult() throws Exception {
		scoringAnswers(200);
		UUID id = submit();
		Delivery delivery = this.queue.receive().orElseThrow();
		CompletableFuture<Void> a = CompletableFuture.runAsync(() -> processor(this.queue).process(delivery));
		CompletableFuture<Void> b = CompletableFuture.runAsync(() -> processor(this.queue).process(delivery));
		CompletableFuture.allOf(a, b).get();
		assertThat(this.jobs.find(id).orElseThrow().status()).isEqualTo(JobStatus.SUCCEEDED);
		assertThat(succeededEvents(id)).isEqualTo(1);
		assertThat(scoringCalls()).isEqualTo(1);
	}

	@Test
	void gracefulShutdownFinishesTheJobInHandAndTakesNoMore() {
		scoringAnswers(800);
		UUID first = submit();
		UUID second = submit();
		WorkerProperties properties = new WorkerProperties(1, Duration.ofMillis(50), Duration.ofMillis(200),
				Duration.ofSeconds(1), Duration.ofSeconds(60));
		JobConsumer consumer = new JobConsumer(this.queue,
				new TracedProcessing(processor(this.queue), Tracer.NOOP, Propagator.NOOP), properties);
		consumer.start();
		awaitStatus(first, JobStatus.PROCESSING);
		consumer.stop();
		List<UUID> finished = new ArrayList<>();
		for (UUID id : List.of(first, second)) {
			if (this.jobs.find(id).orElseThrow().status() == JobStatus.SUCCEEDED) {
				finished.add(id);
			}
		}
		assertThat(finished).containsExactly(first);
		assertThat(this.jobs.find(second).orElseThrow().status()).isEqualTo(JobStatus.QUEUED);
		assertThat(this.jdbc.sql("select attempts from job_queue where job_id = ?")
			.param(second)
			.query(Integer.class)
			.single()).isZero();
	}

	private JobProcessor processor(JobQueue queue) {
		WorkerProperties properties = new WorkerProperties(1, Duration.ofMillis(50), Duration.ofMillis(200),
				Duration.ofSeconds(1), Duration.ofSeconds(60));
		return new JobProcessor(this.jobs, queue, this.blobs, new TextExtractor(),
				new ScoringClient(RestClient.create(this.scoring.baseUrl()), JsonMapper.builder().build()),
				new TailoringStep(new OfflineTailor()),
				new TransactionTemplate(new DataSourceTransactionManager(this.dataSource)), properties);
	}

	private UUID submit() {
		UUID id = UUID.randomUUID();
		this.blobs.put(BlobKeys.forResume(id), RESUME.getBytes(StandardCharsets.UTF_8), "text/markdown");
		this.jobs.insert(new NewJob(id, "alice", BlobKeys.forResume(id), ResumeFormat.MARKDOWN, "cv", "Java", null));
		this.queue.enqueue(new JobMessage(id, null, null));
		return id;
	}

	private Delivery awaitDelivery() {
		return await("the message delivered again").atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(50))
			.until(this.queue::receive, Optional::isPresent)
			.orElseThrow();
	}

	private void awaitStatus(UUID id, JobStatus status) {
		await("job " + id + " in " + status).atMost(Duration.ofSeconds(2))
			.pollInterval(Duration.ofMillis(10))
			.untilAsserted(() -> assertThat(this.jobs.find(id).orElseThrow().status()).isEqualTo(status));
	}

	private long succeededEvents(UUID id) {
		return this.jobs.events(id).stream().map(ProgressEvent::status).filter(JobStatus.SUCCEEDED::equals).count();
	}

	private int scoringCalls() {
		return this.scoring.countRequestsMatching(postRequestedFor(urlEqualTo("/v1/match")).build()).getCount();
	}

	private void scoringAnswers(int delayMillis) {
		this.scoring.stubFor(post(urlEqualTo("/v1/match")).willReturn(aResponse().withStatus(200)
			.withFixedDelay(delayMillis)
			.withHeader("Content-Type", "application/json")
			.withBody(REPORT)));
	}

	/**
	 * A queue whose consumer dies right before acknowledging: completion never happens.
	 */
	private record NoAcknowledgement(JobQueue queue) implements JobQueue {

		@Override
		public void enqueue(JobMessage message) {
			this.queue.enqueue(message);
		}

		@Override
		public Optional<Delivery> receive() {
			return this.queue.receive();
		}

		@Override
		public boolean complete(Delivery delivery) {
			return false;
		}

		@Override
		public boolean retry(Delivery delivery, Duration backoff, String error) {
			return this.queue.retry(delivery, backoff, error);
		}

		@Override
		public boolean deadLetter(Delivery delivery, String reason) {
			return this.queue.deadLetter(delivery, reason);
		}

		@Override
		public boolean renew(Delivery delivery) {
			return this.queue.renew(delivery);
		}

		@Override
		public int maxDeliveries() {
			return this.queue.maxDeliveries();
		}

	}

}
