package io.tailor.scoring.embedding;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Dynamic batching: concurrent {@link #embed} calls are queued, a call of more than
 * {@code maxBatch} texts in pieces, and each of a fixed number of worker threads takes
 * what arrives within {@code maxWait} of the first piece, up to {@code maxBatch} texts,
 * into one model run. Only the workers call the model, so request threads never compete
 * with inference for cores.
 */
public final class EmbeddingBatcher implements Embedder, AutoCloseable {

	private final Embedder model;

	private final int maxBatch;

	private final long maxWaitNanos;

	private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

	private final List<Thread> workers;

	private volatile boolean running = true;

	public EmbeddingBatcher(Embedder model, int maxBatch, Duration maxWait, int workers) {
		this.model = model;
		this.maxBatch = maxBatch;
		this.maxWaitNanos = maxWait.toNanos();
		this.workers = new ArrayList<>();
		for (int i = 0; i < workers; i++) {
			this.workers.add(Thread.ofPlatform().name("embedding-batcher-" + i).daemon().start(this::loop));
		}
	}

	@Override
	public List<float[]> embed(List<String> texts) {
		if (texts.isEmpty()) {
			return List.of();
		}
		List<Pending> pieces = new ArrayList<>();
		for (int from = 0; from < texts.size(); from += this.maxBatch) {
			List<String> piece = List.copyOf(texts.subList(from, Math.min(texts.size(), from + this.maxBatch)));
			pieces.add(new Pending(piece, new CompletableFuture<>()));
		}
		this.queue.addAll(pieces);
		List<float[]> vectors = new ArrayList<>(texts.size());
		try {
			pieces.forEach((p) -> vectors.addAll(p.result().join()));
			return vectors;
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
	}

	@Override
	public ModelInfo info() {
		return this.model.info();
	}

	private void loop() {
		while (this.running) {
			try {
				run(collect(this.queue.take()));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private List<Pending> collect(Pending first) throws InterruptedException {
		List<Pending> batch = new ArrayList<>(List.of(first));
		int texts = first.texts().size();
		long deadline = System.nanoTime() + this.maxWaitNanos;
		while (texts < this.maxBatch) {
			Pending next = this.queue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
			if (next == null) {
				break;
			}
			batch.add(next);
			texts += next.texts().size();
		}
		return batch;
	}

	private void run(List<Pending> batch) {
		try {
			List<String> texts = batch.stream().flatMap((p) -> p.texts().stream()).toList();
			List<float[]> vectors = this.model.embed(texts);
			int from = 0;
			for (Pending pending : batch) {
				int to = from + pending.texts().size();
				pending.result().complete(List.copyOf(vectors.subList(from, to)));
				from = to;
			}
		}
		catch (RuntimeException ex) {
			batch.forEach((p) -> p.result().completeExceptionally(ex));
		}
	}

	@Override
	public void close() throws Exception {
		this.running = false;
		for (Thread worker : this.workers) {
			worker.interrupt();
			worker.join(Duration.ofSeconds(5));
		}
		if (this.model instanceof AutoCloseable closeable) {
			closeable.close();
		}
	}

	private record Pending(List<String> texts, CompletableFuture<List<float[]>> result) {
	}

}
