package io.civicline.kit.outbox;

import io.civicline.events.KafkaCloudEvents;
import io.civicline.kit.outbox.OutboxDocuments.Pending;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * One publishing step of the {@link OutboxRelay}: sends a batch of a collection's outbox events,
 * waits for each acknowledgement, then removes those the broker has from their documents in one
 * write. An event that was not acknowledged stays in its document and {@code onFailure} runs, so
 * that a sweep retries it. Used by the relay's thread only.
 */
final class OutboxPublisher {

  private static final Logger log = LoggerFactory.getLogger(OutboxPublisher.class);
  private static final int RECENTLY_PUBLISHED = 10_000;

  private final OutboxDocuments documents;
  private final KafkaTemplate<String, byte[]> kafka;
  private final Duration sendTimeout;
  private final Runnable onFailure;
  private final Counter published;
  private final Counter failed;
  private final RecentEvents recentlyPublished = new RecentEvents(RECENTLY_PUBLISHED);

  OutboxPublisher(
      OutboxDocuments documents,
      KafkaTemplate<String, byte[]> kafka,
      Duration sendTimeout,
      MeterRegistry meters,
      Runnable onFailure) {
    this.documents = documents;
    this.kafka = kafka;
    this.sendTimeout = sendTimeout;
    this.onFailure = onFailure;
    this.published = meters.counter("civicline.outbox.published");
    this.failed = meters.counter("civicline.outbox.publish.failures");
  }

  /** Whether this event was published lately ({@link RecentEvents}). */
  boolean publishedLately(String eventId) {
    return recentlyPublished.published(eventId);
  }

  /**
   * @return how many events were published and removed
   */
  int publish(String collection, List<Pending> pending) {
    List<Sending> sendings = new ArrayList<>();
    for (Pending event : pending) {
      sendings.add(new Sending(event, send(event.event())));
    }
    Map<Object, Set<String>> sentByDocument = new LinkedHashMap<>();
    for (Sending sending : sendings) {
      OutboxEvent event = sending.pending().event();
      try {
        sending.result().get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        sentByDocument
            .computeIfAbsent(sending.pending().documentId(), id -> new LinkedHashSet<>())
            .add(event.eventId());
        recentlyPublished.add(event.eventId());
        published.increment();
      } catch (Exception e) {
        failed.increment();
        log.warn(
            "event {} of {} not published yet, will retry: {}",
            event.eventId(),
            sending.pending().documentId(),
            e.toString());
        onFailure.run();
      }
    }
    if (sentByDocument.isEmpty()) {
      return 0;
    }
    Set<String> eventIds = new LinkedHashSet<>();
    sentByDocument.values().forEach(eventIds::addAll);
    documents.remove(collection, sentByDocument.keySet(), eventIds);
    return eventIds.size();
  }

  private CompletableFuture<SendResult<String, byte[]>> send(OutboxEvent event) {
    try {
      return kafka.send(KafkaCloudEvents.toRecord(event.topic(), event.toCloudEvent()));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private record Sending(Pending pending, CompletableFuture<SendResult<String, byte[]>> result) {}
}
