/**
 * The figure definitions as plain Java: periods in the city's time zone, breakdowns, the counter
 * keys and which counters a case's snapshot counts in. No Spring, no Kafka.
 */
package io.civicline.stats.figures;
