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
 * @param sweepInterval how often to look for events that another instance's crash left behind (the
 *     relay also sweeps at start-up, and soon after any publish of its own failed)
 * @param retryInterval how soon after a failed publish the relay sweeps, and sweeps again while
 *     publishing still fails
 * @param batchSize how many documents one sweep round reads at most
 * @param sendTimeout how long to wait for the broker's acknowledgement of a batch
 */
@ConfigurationProperties("civicline.outbox")
public record OutboxProperties(
    List<String> collections,
    Boolean publishImmediately,
    Duration sweepInterval,
    Duration retryInterval,
    Integer batchSize,
    Duration sendTimeout) {

  public OutboxProperties {
    collections = collections == null ? List.of() : List.copyOf(collections);
    publishImmediately = publishImmediately == null || publishImmediately;
    sweepInterval = sweepInterval == null ? Duration.ofMinutes(10) : sweepInterval;
    retryInterval = retryInterval == null ? Duration.ofSeconds(2) : retryInterval;
    batchSize = batchSize == null ? 500 : batchSize;
    sendTimeout = sendTimeout == null ? Duration.ofSeconds(30) : sendTimeout;
  }
}
