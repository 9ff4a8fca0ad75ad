/** Sentence embeddings on ONNX Runtime, behind the {@code Embedder} port. */
package io.tailor.scoring.embedding;
