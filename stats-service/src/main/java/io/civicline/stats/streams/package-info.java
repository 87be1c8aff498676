/**
 * The Kafka Streams side: the topology that turns ticket events into figure counts, its names and
 * serdes, the dead-letter headers, the store reader and the Kafka Streams health.
 */
package io.civicline.stats.streams;
