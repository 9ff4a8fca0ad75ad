/**
 * The {@code make bench} harness: a main run outside the tests, measuring the service's
 * embedding path against langchain4j and a measured GEMM ceiling, and a running service.
 */
package io.tailor.scoring.bench;
