/**
 * End-to-end tests on the whole stack started as a user starts it, on free ports: each {@code *IT}
 * starts a {@link io.civicline.systemtests.LaunchedStack} and drives it over HTTP and Kafka.
 */
package io.civicline.systemtests;
