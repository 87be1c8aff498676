package io.civicline.kit.outbox;

import io.civicline.kit.outbox.OutboxDocuments.LeftBehind;
import io.civicline.kit.outbox.OutboxDocuments.Pending;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes the events kept in case documents and then removes them from the document. A crash
 * between the two means publishing again, never losing: consumers drop what is not newer.
 *
 * <p>All work runs on one thread, so the publish right after a write and the sweeps never race
 * inside one instance; one case's events are sent in the order they were written.
 *
 * <p>The store hands over each document's outbox as its write left it, so publishing after a write
 * reads nothing. A sweep reads the documents that still hold events: at start-up (its own crash),
 * soon after a publish or removal of its own failed or a write's answer was lost (a broker or
 * database outage: {@link #sweepSoon()}), and otherwise rarely, for events another instance left
 * when it crashed and did not come back.
 */
public class OutboxRelay implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

  private final OutboxDocuments documents;
  private final OutboxProperties properties;
  private final OutboxPublisher publisher;
  private final Queue<Written> written = new ConcurrentLinkedQueue<>();

  private final AtomicBoolean drainScheduled = new AtomicBoolean();
  private final AtomicBoolean retryScheduled = new AtomicBoolean();
  private volatile ScheduledExecutorService worker;

  public OutboxRelay(
      MongoTemplate mongo,
      KafkaTemplate<String, byte[]> kafka,
      OutboxProperties properties,
      MeterRegistry meters) {
    this.documents = new OutboxDocuments(mongo);
    this.properties = properties;
    this.publisher =
        new OutboxPublisher(documents, kafka, properties.sendTimeout(), meters, this::sweepSoon);
  }

  /**
   * Publishes the outbox of a document as a write just left it, oldest event first. An event that
   * is sent twice (handed over again before its removal, or also found by a sweep) is dropped by
   * consumers as not newer.
   */
  public void publishWritten(String collection, Object id, List<OutboxEvent> outbox) {
    if (!properties.publishImmediately() || outbox.isEmpty()) {
      return;
    }
    written.add(new Written(collection, id, outbox));
    ScheduledExecutorService current = worker;
    if (current != null && drainScheduled.compareAndSet(false, true)) {
      current.execute(this::drain);
    }
  }

  /**
   * Publishes every event left in any outbox, oldest documents first, in rounds of the batch size.
   *
   * @return how many events were published
   */
  public int sweep() {
    int total = 0;
    for (String collection : properties.collections()) {
      LeftBehind batch;
      int round;
      // Another round only after a full batch: under steady load there are always a few fresh
      // documents pending, and looping until none is left would read the collection nonstop.
      do {
        batch = documents.leftBehind(collection, properties.batchSize());
        round = publisher.publish(collection, batch.events());
        total += round;
      } while (round > 0 && batch.documents() == properties.batchSize());
    }
    return total;
  }

  private void drain() {
    drainScheduled.set(false);
    Map<String, List<Pending>> byCollection = new LinkedHashMap<>();
    // An event handed over twice in one drain (two quick writes of one document) is sent once.
    Set<String> queued = new HashSet<>();
    Written document;
    while ((document = written.poll()) != null) {
      List<Pending> pending =
          byCollection.computeIfAbsent(document.collection(), c -> new ArrayList<>());
      for (OutboxEvent event : document.outbox()) {
        if (!publisher.publishedLately(event.eventId()) && queued.add(event.eventId())) {
          pending.add(new Pending(document.id(), event));
        }
      }
    }
    byCollection.forEach(
        (collection, pending) -> {
          try {
            publisher.publish(collection, pending);
          } catch (RuntimeException e) {
            log.warn("outbox publish failed, the sweep will retry: {}", e.toString());
            sweepSoon();
          }
        });
  }

  @Override
  public void start() {
    for (String collection : properties.collections()) {
      try {
        documents.ensureIndex(collection);
      } catch (RuntimeException e) {
        log.warn("could not ensure the outbox index of {} yet: {}", collection, e.toString());
      }
    }
    ScheduledExecutorService executor =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "outbox-relay");
              thread.setDaemon(true);
              return thread;
            });
    long interval = properties.sweepInterval().toMillis();
    // The worker first: a first sweep that fails at once must find it to schedule its retry, or
    // what it left waits for the next sweep, minutes away.
    worker = executor;
    executor.scheduleWithFixedDelay(this::sweepQuietly, 0, interval, TimeUnit.MILLISECONDS);
  }

  /**
   * Sweeps after the retry interval, once however many calls came meanwhile: after a publish or
   * removal of the relay's own failed, and after a write whose answer was lost (the database went
   * away mid-command), which may have stored its events with nobody to hand them over.
   */
  public void sweepSoon() {
    ScheduledExecutorService current = worker;
    if (current != null && retryScheduled.compareAndSet(false, true)) {
      current.schedule(
          () -> {
            retryScheduled.set(false);
            sweepQuietly();
          },
          properties.retryInterval().toMillis(),
          TimeUnit.MILLISECONDS);
    }
  }

  private void sweepQuietly() {
    try {
      int count = sweep();
      if (count > 0) {
        log.info("outbox sweep published {} events", count);
      }
    } catch (RuntimeException e) {
      log.warn("outbox sweep failed, will retry: {}", e.toString());
      sweepSoon();
    }
  }

  @Override
  public void stop() {
    ScheduledExecutorService executor = worker;
    worker = null;
    if (executor != null) {
      executor.shutdown();
      try {
        executor.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return worker != null;
  }

  private record Written(String collection, Object id, List<OutboxEvent> outbox) {}
}
