package io.tailor.scoring.embedding;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.micrometer.tracing.Link;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;

/**
 * Dynamic batching: concurrent {@link #embed} calls are queued, a call of more than
 * {@code maxBatch} texts in pieces, and each of a fixed number of worker threads takes
 * what arrives within {@code maxWait} of the first piece, up to {@code maxBatch} texts,
 * into one model run. Only the workers call the model, so request threads never compete
 * with inference for cores. Each run is an {@code embed batch} span with its size, in the
 * trace of the one call it serves, or linked to each call's trace when it serves several.
 */
public final class EmbeddingBatcher implements Embedder, AutoCloseable {

	private final Embedder model;

	private final int maxBatch;

	private final long maxWaitNanos;

	private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

	private final List<Thread> workers;

	private volatile boolean running = true;

	private final Tracer tracer;

	public EmbeddingBatcher(Embedder model, int maxBatch, Duration maxWait, int workers) {
		this(model, maxBatch, maxWait, workers, Tracer.NOOP);
	}

	public EmbeddingBatcher(Embedder model, int maxBatch, Duration maxWait, int workers, Tracer tracer) {
		this.model = model;
		this.tracer = tracer;
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
			pieces.add(new Pending(piece, new CompletableFuture<>(), this.tracer.currentTraceContext().context()));
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
		List<String> texts = batch.stream().flatMap((p) -> p.texts().stream()).toList();
		Span span = Span.NOOP;
		try {
			span = span(batch, texts.size());
			List<float[]> vectors = embedIn(span, texts);
			int from = 0;
			for (Pending pending : batch) {
				int to = from + pending.texts().size();
				pending.result().complete(List.copyOf(vectors.subList(from, to)));
				from = to;
			}
		}
		catch (RuntimeException ex) {
			span.error(ex);
			batch.forEach((p) -> p.result().completeExceptionally(ex));
		}
		finally {
			span.end();
		}
	}

	private List<float[]> embedIn(Span span, List<String> texts) {
		try (Tracer.SpanInScope scope = this.tracer.withSpan(span)) {
			return this.model.embed(texts);
		}
	}

	/**
	 * One model run's span: the child of the request it serves when it serves one, linked
	 * to each request's span when it serves several.
	 */
	private Span span(List<Pending> batch, int texts) {
		Set<TraceContext> parents = new LinkedHashSet<>();
		batch.stream().map(Pending::parent).filter(Objects::nonNull).forEach(parents::add);
		Span.Builder builder = this.tracer.spanBuilder()
			.name("embed batch")
			.tag("tailor.scoring.batch.size", texts)
			.tag("tailor.scoring.batch.requests", batch.size())
			.tag("tailor.scoring.model", this.model.info().name())
			.tag("tailor.scoring.device", this.model.info().device());
		if (parents.size() == 1) {
			builder.setParent(parents.iterator().next());
		}
		else {
			parents.forEach((p) -> builder.addLink(new Link(p)));
		}
		return builder.start();
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

	/** A piece of a call, its vectors to come, and the trace context of the call. */
	private record Pending(List<String> texts, CompletableFuture<List<float[]>> result, TraceContext parent) {
	}

}
