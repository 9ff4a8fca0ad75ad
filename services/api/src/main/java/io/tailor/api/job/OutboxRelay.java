package io.tailor.api.job;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.tailor.jobs.outbox.Outbox;
import io.tailor.jobs.queue.JobQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Publishes outbox messages to the queue: right after a submission commits, and in the
 * background for whatever a crash or an unreachable queue left behind, so no accepted job
 * stays queued without its message.
 */
@Component
class OutboxRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final int BATCH = 50;

	private final Outbox outbox;

	private final JobQueue queue;

	private final Settings settings;

	private volatile boolean running;

	private ExecutorService background;

	OutboxRelay(Outbox outbox, JobQueue queue, Settings settings) {
		this.outbox = outbox;
		this.queue = queue;
		this.settings = settings;
	}

	/** Relays what is pending now; a failure is left to the background relay. */
	void relayNow() {
		try {
			this.outbox.relay(this.queue, BATCH);
		}
		catch (RuntimeException ex) {
			log.warn("Outbox relay failed, will retry in the background: {}", ex.getMessage());
		}
	}

	@Override
	public void start() {
		this.running = true;
		this.background = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("outbox-relay").factory());
		this.background.submit(this::loop);
	}

	@Override
	public void stop() {
		this.running = false;
		this.background.shutdownNow();
		try {
			this.background.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void loop() {
		while (this.running) {
			try {
				if (this.outbox.relay(this.queue, BATCH) < BATCH) {
					Thread.sleep(this.settings.interval());
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.warn("Outbox relay failed: {}", ex.getMessage());
				pause();
			}
		}
	}

	private void pause() {
		try {
			Thread.sleep(this.settings.interval().multipliedBy(10));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

	/** How often the background relay looks for messages left behind. */
	@ConfigurationProperties("tailor.outbox")
	record Settings(@DefaultValue("1s") Duration interval) {
	}

}
