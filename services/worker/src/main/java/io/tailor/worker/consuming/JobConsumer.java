package io.tailor.worker.consuming;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.tailor.jobs.queue.Delivery;
import io.tailor.jobs.queue.JobQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Runs {@code concurrency} consumers that take jobs off the queue one at a time. A
 * failure is logged once here and the message left to its lease, so the queue redelivers
 * it; a queue that cannot be reached is polled at a slower pace, not in a hot loop.
 */
public class JobConsumer implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(JobConsumer.class);

	private final JobQueue queue;

	private final TracedProcessing processing;

	private final WorkerProperties properties;

	private volatile boolean running;

	private volatile Instant lastPoll = Instant.now();

	private ExecutorService consumers;

	public JobConsumer(JobQueue queue, TracedProcessing processing, WorkerProperties properties) {
		this.queue = queue;
		this.processing = processing;
		this.properties = properties;
	}

	@Override
	public void start() {
		this.running = true;
		this.consumers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("job-consumer-", 0).factory());
		for (int i = 0; i < this.properties.concurrency(); i++) {
			this.consumers.submit(this::consume);
		}
	}

	@Override
	public void stop() {
		this.running = false;
		this.consumers.shutdown();
		try {
			if (!this.consumers.awaitTermination(30, TimeUnit.SECONDS)) {
				this.consumers.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Whether consumers have polled recently; a stalled consumer fails liveness. */
	public boolean isHealthy() {
		return !this.running
				|| Duration.between(this.lastPoll, Instant.now()).compareTo(this.properties.stallAfter()) < 0;
	}

	private void consume() {
		while (this.running) {
			try {
				Optional<Delivery> delivery = this.queue.receive();
				this.lastPoll = Instant.now();
				if (delivery.isPresent()) {
					handle(delivery.get());
				}
				else {
					pause(this.properties.pollInterval());
				}
			}
			catch (RuntimeException ex) {
				log.warn("Cannot take jobs from the queue: {}", ex.getMessage());
				pause(this.properties.pollInterval().multipliedBy(10));
			}
		}
	}

	private void handle(Delivery delivery) {
		try {
			this.processing.process(delivery);
		}
		catch (RuntimeException ex) {
			log.error("Job {} failed on delivery {}; the queue will deliver it again", delivery.message().jobId(),
					delivery.attempt(), ex);
		}
	}

	private void pause(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

}
