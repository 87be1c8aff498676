/**
 * The event contract between the services: topic names, the CloudEvents binary-mode envelope over
 * Kafka, the event types with their state snapshots, and their JSON mapping. A plain library.
 */
package io.civicline.events;
