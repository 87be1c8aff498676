package io.civicline.kit.outbox;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the outbox relay runs.
 *
 * @param collections the MongoDB collections whose documents carry an outbox
 * @param publishImmediately publish right after each write (low latency); off leaves it to the
 *     sweep
 * @param sweepInterval how often to look for events a crash or a broker outage left behind
 * @param batchSize how many documents one sweep round reads at most
 * @param sendTimeout how long to wait for the broker's acknowledgement of a batch
 */
@ConfigurationProperties("civicline.outbox")
public record OutboxProperties(
    List<String> collections,
    Boolean publishImmediately,
    Duration sweepInterval,
    Integer batchSize,
    Duration sendTimeout) {

  public OutboxProperties {
    collections = collections == null ? List.of() : List.copyOf(collections);
    publishImmediately = publishImmediately == null || publishImmediately;
    sweepInterval = sweepInterval == null ? Duration.ofSeconds(5) : sweepInterval;
    batchSize = batchSize == null ? 500 : batchSize;
    sendTimeout = sendTimeout == null ? Duration.ofSeconds(30) : sendTimeout;
  }
}
