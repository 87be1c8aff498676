/**
 * The launcher only: the one-command local stack of a real Kafka broker (KRaft), a MongoDB-wire
 * server and the three services, each a child JVM, started and stopped in order by {@link
 * io.civicline.localstack.LocalStack}.
 */
package io.civicline.localstack;
