/**
 * What the benchmarks and the load generator share: their option parser ({@link
 * io.civicline.perf.Arguments}) and the stack they start and stop ({@link
 * io.civicline.perf.StackUnderTest}, also used by the system tests).
 */
package io.civicline.perf;
