/**
 * A benchmark program, not a test: ticket-create throughput and latency through the HTTP API of the
 * local stack, per MongoDB-wire backend, next to the raw insert rate of that backend. The entry
 * point is {@link io.civicline.perf.bench.CreateBenchmark}; {@code ./bench.sh} runs it.
 */
package io.civicline.perf.bench;
