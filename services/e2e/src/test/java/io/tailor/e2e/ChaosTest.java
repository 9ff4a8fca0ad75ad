package io.tailor.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.tailor.api.testing.ApiClient;
import io.tailor.jobs.testing.TestDatabase;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The soak test behind {@code make chaos}: many jobs through api, scoring and several
 * worker processes while workers are killed with SIGKILL at random, then a Jepsen-style
 * tally. Lost jobs and duplicate results must be zero.
 */
@Tag("chaos")
class ChaosTest {

	private static final Path SAMPLES = Path.of(System.getProperty("tailor.repo.root", "../.."), "evals/samples");

	private final int jobs = Integer.getInteger("chaos.jobs", 1000);

	private final int workerCount = Integer.getInteger("chaos.workers", 3);

	private final Random random = new Random(Long.getLong("chaos.seed", 7));

	/** PostgreSQL restarts (fast shutdown) spread over the submissions; 0 for none. */
	private final int databaseRestarts = Integer.getInteger("chaos.pgRestarts", 0);

	private final AtomicInteger submissionRetries = new AtomicInteger();

	@Test
	void noJobIsLostOrDoneTwiceWhileWorkersAreKilled() throws Exception {
		TestDatabase db = TestDatabase.freshSchema();
		Path dir = Files.createDirectories(Path.of("target/chaos"));
		List<String> stores = List.of("--spring.datasource.url=" + db.url(),
				"--spring.datasource.username=" + db.user(), "--spring.datasource.password=" + db.password(),
				"--tailor.blob.filesystem.root=" + dir.resolve("blobs").toAbsolutePath(), "--tailor.queue.lease=30s",
				"--spring.datasource.hikari.maximum-pool-size=4");
		Services.Running scoring = Services.start("scoring", dir, List.of());
		Services.Running api = Services.start("api", dir,
				concat(stores, "--spring.profiles.active=local", "--tailor.submission.rate-limit.submissions=100000"));
		List<String> workerArgs = concat(stores, "--tailor.scoring.url=http://localhost:" + scoring.port());
		List<Services.Running> workers = new CopyOnWriteArrayList<>();
		for (int i = 0; i < this.workerCount; i++) {
			workers.add(Services.start("worker", dir, workerArgs));
		}
		CountDownLatch done = new CountDownLatch(1);
		AtomicInteger kills = new AtomicInteger();
		Thread killer = Thread.ofPlatform().start(() -> killAtRandom(workers, workerArgs, dir, done, kills));
		AtomicInteger restarts = new AtomicInteger();
		Thread restarter = Thread.ofPlatform().start(() -> restartDatabase(done, restarts));
		Tally tally;
		try {
			Instant started = Instant.now();
			List<String> accepted = submitAll(new ApiClient("http://localhost:" + api.port()));
			int restartsWhileSubmitting = restarts.get();
			Duration submitting = Duration.between(started, Instant.now());
			JdbcClient jdbc = JdbcClient.create(db.dataSource());
			awaitAllFinished(jdbc, accepted.size(), Duration.ofMinutes(40));
			done.countDown();
			killer.join();
			restarter.join();
			tally = Tally.of(jdbc, accepted, kills.get(), restarts.get(), restartsWhileSubmitting,
					this.submissionRetries.get(), submitting, Duration.between(started, Instant.now()));
		}
		finally {
			done.countDown();
			killer.join();
			restarter.join();
			workers.forEach(Services.Running::kill);
			api.kill();
			scoring.kill();
		}
		System.out.println(tally);
		Files.writeString(dir.resolve("tally.txt"), tally.toString());
		assertThat(tally.lost()).isZero();
		assertThat(tally.duplicateResults()).isZero();
		assertThat(tally.unexpected()).isZero();
	}

	private List<String> submitAll(ApiClient api) throws IOException {
		List<byte[]> resumes = new ArrayList<>();
		for (String name : List.of("backend-java-senior.md", "data-scientist.md", "frontend-react.md",
				"nurse-health-informatics.md")) {
			resumes.add(Files.readAllBytes(SAMPLES.resolve("resumes").resolve(name)));
		}
		byte[] poison = "%PDF-1.7 this file ends before any object".getBytes();
		String job = Files.readString(SAMPLES.resolve("jobs/senior-backend-engineer-java-azure.txt"));
		String token = api.token("chaos");
		List<String> accepted = new ArrayList<>();
		for (int i = 0; i < this.jobs; i++) {
			byte[] file = (i % 50 == 49) ? poison : resumes.get(i % resumes.size());
			ApiClient.Response response = submitRetrying(api, token, file, "cv-" + i, job, "chaos-" + i);
			if (response.status() == 202) {
				accepted.add(response.json().get("id").asString());
			}
		}
		return accepted;
	}

	/**
	 * As a client should: an answer of 5xx or no answer at all is retried with the same
	 * idempotency key, so the job is accepted once.
	 */
	private ApiClient.Response submitRetrying(ApiClient api, String token, byte[] file, String name, String job,
			String key) {
		AtomicInteger attempts = new AtomicInteger();
		ApiClient.Response response = await("submission " + key + " answered below 500").atMost(Duration.ofMinutes(2))
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofSeconds(1))
			.ignoreExceptions()
			.until(() -> {
				attempts.incrementAndGet();
				return api.submit(token, file, name, job, key);
			}, (r) -> r.status() < 500);
		this.submissionRetries.addAndGet(attempts.get() - 1);
		return response;
	}

	/**
	 * Restarts the local PostgreSQL cluster (fast shutdown: connections are cut) 5-10 s
	 * in, while jobs are still being submitted, then every 20-40 s until
	 * {@code chaos.pgRestarts} restarts are done (A4).
	 */
	private void restartDatabase(CountDownLatch done, AtomicInteger restarts) {
		while (restarts.get() < this.databaseRestarts) {
			int spacing = (restarts.get() == 0) ? 5_000 : 20_000;
			if (finishedWithin(done, Duration.ofMillis(spacing + this.random.nextInt(spacing)))) {
				return;
			}
			try {
				Process restart = new ProcessBuilder("pg_ctlcluster", System.getProperty("chaos.pgCluster", "15"),
						"main", "restart", "-m", "fast")
					.inheritIO()
					.start();
				if (restart.waitFor() != 0) {
					throw new IllegalStateException("pg_ctlcluster restart exited with " + restart.exitValue());
				}
				restarts.incrementAndGet();
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/**
	 * Every 5-15 s, SIGKILLs a running worker and starts a replacement in the background,
	 * so the kills keep their pace while replacements boot.
	 */
	private void killAtRandom(List<Services.Running> workers, List<String> args, Path dir, CountDownLatch done,
			AtomicInteger kills) {
		List<Thread> restarts = new ArrayList<>();
		while (!finishedWithin(done, Duration.ofMillis(5_000 + this.random.nextInt(10_000)))) {
			List<Services.Running> alive = workers.stream().filter((w) -> w.process().isAlive()).toList();
			if (alive.isEmpty()) {
				continue;
			}
			Services.Running victim = alive.get(this.random.nextInt(alive.size()));
			victim.kill();
			workers.remove(victim);
			kills.incrementAndGet();
			restarts.add(Thread.ofVirtual().start(() -> workers.add(Services.start("worker", dir, args))));
		}
		for (Thread restart : restarts) {
			try {
				restart.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/**
	 * Waits for every accepted job to finish; the tally counts those that do not as lost.
	 */
	private static void awaitAllFinished(JdbcClient jdbc, int accepted, Duration timeout) {
		try {
			await("all accepted jobs finished").atMost(timeout)
				.pollInterval(Duration.ofSeconds(2))
				.until(() -> finishedCount(jdbc) >= accepted);
		}
		catch (ConditionTimeoutException ex) {
			System.out.println(ex.getMessage());
		}
	}

	/** True when the run finishes within the wait (or the thread is interrupted). */
	private static boolean finishedWithin(CountDownLatch done, Duration wait) {
		try {
			return done.await(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return true;
		}
	}

	private static long finishedCount(JdbcClient jdbc) {
		try {
			return jdbc.sql("select count(*) from job where status in ('SUCCEEDED','FAILED','CANCELLED')")
				.query(Long.class)
				.single();
		}
		catch (RuntimeException ex) {
			return -1;
		}
	}

	private static List<String> concat(List<String> first, String... more) {
		List<String> all = new ArrayList<>(first);
		all.addAll(List.of(more));
		return all;
	}

	/** The outcome, counted from the database against what the api accepted. */
	record Tally(int accepted, Map<String, Long> outcomes, long lost, long unexpected, long duplicateResults,
			long duplicateDeliveries, int kills, int databaseRestarts, int restartsWhileSubmitting,
			int submissionRetries, Duration submitting, Duration took) {

		static Tally of(JdbcClient jdbc, List<String> accepted, int kills, int databaseRestarts,
				int restartsWhileSubmitting, int submissionRetries, Duration submitting, Duration took) {
			Map<String, Long> outcomes = new TreeMap<>();
			jdbc.sql(
					"select status || coalesce('(' || failure_reason || ')', '') as o, count(*) as n from job group by 1")
				.query((rs, n) -> outcomes.put(rs.getString("o"), rs.getLong("n")))
				.list();
			long finished = jdbc
				.sql("""
						select count(*) from job where id::text = any(?) and status in ('SUCCEEDED','FAILED','CANCELLED')""")
				.param(accepted.toArray(String[]::new))
				.query(Long.class)
				.single();
			long unexpected = jdbc.sql("select count(*) from job where not (id::text = any(?))")
				.param(accepted.toArray(String[]::new))
				.query(Long.class)
				.single();
			long duplicates = jdbc.sql("""
					select count(*) from (select job_id from job_event where status = 'SUCCEEDED'
					group by job_id having count(*) > 1) d""").query(Long.class).single();
			long redeliveries = jdbc.sql("""
					select coalesce(sum(n - 1), 0) from (select count(*) as n from job_event
					where stage = 'EXTRACTING' group by job_id) d""").query(Long.class).single();
			return new Tally(accepted.size(), outcomes, accepted.size() - finished, unexpected, duplicates,
					redeliveries, kills, databaseRestarts, restartsWhileSubmitting, submissionRetries, submitting,
					took);
		}

		@Override
		public String toString() {
			StringBuilder out = new StringBuilder("chaos tally\n");
			out.append(String.format("  accepted             %d%n", this.accepted));
			this.outcomes.forEach((k, v) -> out.append(String.format("  %-20s %d%n", k, v)));
			out.append(String.format("  lost                 %d%n", this.lost));
			out.append(String.format("  unexpected           %d%n", this.unexpected));
			out.append(String.format("  duplicate results    %d%n", this.duplicateResults));
			out.append(String.format("  duplicate deliveries %d%n", this.duplicateDeliveries));
			out.append(String.format("  worker kills         %d (SIGKILL)%n", this.kills));
			out.append(String.format("  database restarts    %d (fast shutdown), %d of them while submitting%n",
					this.databaseRestarts, this.restartsWhileSubmitting));
			out.append(
					String.format("  submission retries   %d (5xx or no answer, same key)%n", this.submissionRetries));
			out.append(String.format("  took                 %d s (submitting %d s)%n", this.took.toSeconds(),
					this.submitting.toSeconds()));
			return out.toString();
		}

	}

}
