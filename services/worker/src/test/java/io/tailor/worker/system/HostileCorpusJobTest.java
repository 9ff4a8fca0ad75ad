package io.tailor.worker.system;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.tailor.jobs.blob.BlobKeys;
import io.tailor.jobs.blob.FileSystemBlobStore;
import io.tailor.jobs.job.Job;
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
import io.tailor.worker.consuming.JobProcessor;
import io.tailor.worker.consuming.TailoringStep;
import io.tailor.worker.consuming.WorkerProperties;
import io.tailor.worker.extraction.TextExtractor;
import io.tailor.worker.scoring.ScoringClient;
import io.tailor.worker.tailoring.OfflineTailor;
import io.tailor.worker.testing.EchoScoring;
import io.tailor.worker.testing.HostileCorpus;
import io.tailor.worker.testing.HostileCorpus.HostileFile;
import io.tailor.worker.testing.LocalListener;
import io.tailor.worker.testing.ResumeDocuments;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #18's done-when for files: every file of the hostile corpus, submitted as a job
 * and carried by one processor through the real pipeline (PostgreSQL, a blob directory,
 * the offline tailor, the renderers), ends within 20 s on its first delivery, succeeded
 * or failed with a reason; no hidden text reaches scoring, the tailored résumé, its
 * record (but for the list of what was hidden) or any export; the processor still tailors
 * an ordinary résumé afterwards. Prints the tally.
 */
class HostileCorpusJobTest {

	private static final Duration BOUND = Duration.ofSeconds(20);

	private static final List<String> LEAKS = List.of(HostileCorpus.MARKER, "root:", "LEAKED");

	@TempDir
	Path blobRoot;

	private final JsonMapper json = JsonMapper.builder().build();

	private TestDatabase db;

	private JobRepository jobs;

	private JobQueue queue;

	private FileSystemBlobStore blobs;

	private record Row(HostileFile file, Job job, int deliveries, double seconds, String detail, List<String> outputs,
			boolean messageLeft) {

		String outcome() {
			return (this.job.failureReason() != null) ? this.job.status() + " " + this.job.failureReason()
					: this.job.status().name();
		}

	}

	@Test
	void everyHostileFileEndsItsJobWithinTwentySecondsWithNoHiddenTextInAnyOutput() {
		this.db = TestDatabase.freshSchema();
		JdbcClient jdbc = JdbcClient.create(this.db.dataSource());
		this.jobs = new PostgresJobRepository(jdbc);
		this.queue = new PostgresJobQueue(jdbc, new QueueProperties("postgres", Duration.ofSeconds(30), 3));
		this.blobs = new FileSystemBlobStore(this.blobRoot);
		List<Row> tally = new ArrayList<>();
		try (EchoScoring scoring = new EchoScoring(); LocalListener listener = new LocalListener()) {
			JobProcessor processor = processor(scoring);
			processor.process(delivery(submit(ResumeDocuments.pdf(List.of("Warm Up")), ResumeFormat.PDF)));
			for (HostileFile file : HostileCorpus.all(listener.url(""))) {
				tally.add(run(processor, file));
			}
			Row after = run(processor, new HostileFile("ordinary résumé after the corpus", ResumeFormat.PDF,
					ResumeDocuments.pdf(List.of("Ada Example", HostileCorpus.VISIBLE))));
			print(tally, after);
			SoftAssertions softly = new SoftAssertions();
			tally.forEach((row) -> check(softly, row));
			softly.assertThat(scoring.requests()).as("sent to scoring").noneMatch(HostileCorpusJobTest::leaks);
			softly.assertThat(listener.hits()).as("fetched by a parser").isEmpty();
			softly.assertThat(after.job().status())
				.as("the ordinary résumé after the corpus")
				.isEqualTo(JobStatus.SUCCEEDED);
			softly.assertAll();
		}
	}

	private void check(SoftAssertions softly, Row row) {
		String name = row.file().name();
		softly.assertThat(row.job().status()).as(name).isIn(JobStatus.SUCCEEDED, JobStatus.FAILED);
		if (row.job().status() == JobStatus.FAILED) {
			softly.assertThat(row.job().failureReason()).as(name + ": reason").isNotNull();
			softly.assertThat(row.detail()).as(name + ": what the user reads").isNotBlank();
		}
		softly.assertThat(row.deliveries()).as(name + ": deliveries").isEqualTo(1);
		softly.assertThat(row.messageLeft()).as(name + ": message left in the queue").isFalse();
		softly.assertThat(row.seconds()).as(name + ": seconds").isLessThanOrEqualTo(BOUND.toSeconds());
		softly.assertThat(row.outputs()).as(name + ": outputs").noneMatch(HostileCorpusJobTest::leaks);
		if (name.contains("hidden, ")) {
			softly.assertThat(row.job().status()).as(name).isEqualTo(JobStatus.SUCCEEDED);
			softly.assertThat(row.outputs())
				.as(name + ": the visible line is tailored")
				.anyMatch((output) -> output.contains(HostileCorpus.VISIBLE));
		}
	}

	private static boolean leaks(String output) {
		return LEAKS.stream().anyMatch(output::contains);
	}

	/** Delivers the job until it ends (at most as often as the queue would). */
	private Row run(JobProcessor processor, HostileFile file) {
		UUID id = submit(file.content(), file.format());
		long start = System.nanoTime();
		int deliveries = 0;
		String thrown = "";
		Job job = this.jobs.find(id).orElseThrow();
		while (!job.status().isFinished() && deliveries < this.queue.maxDeliveries()) {
			deliveries++;
			try {
				processor.process(delivery(id));
			}
			catch (RuntimeException ex) {
				thrown = "; the processor threw " + ex.getClass().getSimpleName();
				QueueClock.passLeases(JdbcClient.create(this.db.dataSource()));
			}
			job = this.jobs.find(id).orElseThrow();
			QueueClock.passLeases(JdbcClient.create(this.db.dataSource()));
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		List<ProgressEvent> events = this.jobs.events(id);
		boolean left = this.queue.receive().map((stray) -> {
			this.queue.complete(stray);
			return true;
		}).orElse(false);
		return new Row(file, job, deliveries, seconds, events.getLast().detail() + thrown, outputs(id), left);
	}

	/**
	 * What the job stored for people to read: the tailored résumé, the scoring report,
	 * the tailoring record without its list of hidden text, each export's text.
	 */
	private List<String> outputs(UUID id) {
		List<String> outputs = new ArrayList<>();
		this.jobs.findResult(id).ifPresent((result) -> {
			outputs.add(result.tailoredMarkdown());
			outputs.add(result.reportJson());
			ObjectNode record = (ObjectNode) this.json.readTree(result.tailoringJson());
			record.remove("hiddenText");
			outputs.add(record.toString());
		});
		TextExtractor extractor = new TextExtractor();
		for (String key : this.blobs.keysOlderThan("exports/" + id + "/", Instant.now().plusSeconds(60))) {
			byte[] content = this.blobs.get(key);
			String format = key.substring(key.lastIndexOf('/') + 1);
			outputs.add(format.endsWith("pdf") ? extractor.extract(content, ResumeFormat.PDF) : format.endsWith("docx")
					? extractor.extract(content, ResumeFormat.DOCX) : new String(content, StandardCharsets.UTF_8));
		}
		this.jobs.events(id).forEach((event) -> outputs.add(event.detail()));
		return outputs;
	}

	private Delivery delivery(UUID id) {
		Delivery delivery = this.queue.receive().orElseThrow();
		assertThat(delivery.message().jobId()).isEqualTo(id);
		return delivery;
	}

	private UUID submit(byte[] content, ResumeFormat format) {
		UUID id = UUID.randomUUID();
		this.blobs.put(BlobKeys.forResume(id), content, format.mediaType());
		this.jobs.insert(new NewJob(id, "mallory", BlobKeys.forResume(id), format, "cv", "Java engineer", null));
		this.queue.enqueue(new JobMessage(id, null, null));
		return id;
	}

	private JobProcessor processor(EchoScoring scoring) {
		ScoringClient client = new ScoringClient(RestClient.create(scoring.baseUrl()), JsonMapper.builder().build());
		return new JobProcessor(this.jobs, this.queue, this.blobs, new TextExtractor(), client,
				new TailoringStep(new OfflineTailor()),
				new TransactionTemplate(new DataSourceTransactionManager(this.db.dataSource())), new WorkerProperties(1,
						Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofSeconds(60)));
	}

	private static void print(List<Row> tally, Row after) {
		StringBuilder table = new StringBuilder(
				"\n| File | Outcome | Reason | Deliveries | Seconds |\n|---|---|---|---|---|\n");
		for (Row row : tally) {
			table.append(line(row));
		}
		table.append(line(after));
		System.out.println(table);
	}

	private static String line(Row row) {
		return String.format(Locale.ROOT, "| %s | %s | %s | %d | %.2f |%n", row.file().name(), row.outcome(),
				row.detail().replace('|', '/') + (row.messageLeft() ? "; its message was left in the queue" : ""),
				row.deliveries(), row.seconds());
	}

}
