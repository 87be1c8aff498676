/**
 * The Kafka Streams side: the topology that turns ticket and mediation case events into figure
 * counts, its names, the dead-letter headers, the store reader and the Kafka Streams health.
 */
package io.civicline.stats.streams;
