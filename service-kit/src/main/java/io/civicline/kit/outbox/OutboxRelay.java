package io.civicline.kit.outbox;

import io.civicline.events.KafkaCloudEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Publishes the events kept in case documents and then removes them from the document. A crash
 * between the two means publishing again, never losing: consumers drop what is not newer.
 *
 * <p>All work runs on one thread, so the publish right after a write and the sweeps never race
 * inside one instance; one case's events are sent in the order they were written.
 *
 * <p>A sweep looks through the whole collection for events left behind, which on the embedded
 * MongoDB-wire server is a scan that holds the collection's lock and stalls every write meanwhile.
 * So the relay sweeps when something can have been left behind: at start-up (its own crash), soon
 * after a publish or removal of its own failed (a broker or database outage), and otherwise only
 * rarely, for events another instance left when it crashed and did not come back.
 */
public class OutboxRelay implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
  // On the field the relay's sparse index covers, so that MongoDB may answer from the index.
  private static final String PENDING = OutboxEvent.FIELD + ".eventId";
  private static final int RECENTLY_PUBLISHED = 10_000;

  private final MongoTemplate mongo;
  private final KafkaTemplate<String, byte[]> kafka;
  private final OutboxProperties properties;
  private final Counter published;
  private final Counter failed;
  private final Map<String, Set<Object>> soon = new ConcurrentHashMap<>();
  private final Queue<Inserted> inserted = new ConcurrentLinkedQueue<>();

  /**
   * Ids of the events this relay published lately, touched only by its thread. An inserted
   * document's events may already have gone out with a read of its outbox (a change of the document
   * or the sweep came first): they are not sent a second time.
   */
  private final Set<String> recentlyPublished = boundedSet(RECENTLY_PUBLISHED);

  private final AtomicBoolean drainScheduled = new AtomicBoolean();
  private final AtomicBoolean retryScheduled = new AtomicBoolean();
  private volatile ScheduledExecutorService worker;

  public OutboxRelay(
      MongoTemplate mongo,
      KafkaTemplate<String, byte[]> kafka,
      OutboxProperties properties,
      MeterRegistry meters) {
    this.mongo = mongo;
    this.kafka = kafka;
    this.properties = properties;
    this.published = meters.counter("civicline.outbox.published");
    this.failed = meters.counter("civicline.outbox.publish.failures");
  }

  /** Asks for the outbox of one document to be published as soon as possible. */
  public void publishSoon(String collection, Object id) {
    if (!properties.publishImmediately()) {
      return;
    }
    soon.computeIfAbsent(collection, c -> ConcurrentHashMap.newKeySet()).add(id);
    scheduleDrain();
  }

  /**
   * Publishes the events of a document just inserted, as written, without reading them back: no
   * other event can be ahead of them in its outbox, and on the intake path the read would cost as
   * much as the insert. Later changes of the document go through {@link #publishSoon}, which reads
   * the outbox in its written order (an event then sent twice is dropped by consumers as not
   * newer).
   */
  public void publishInserted(String collection, Object id, List<OutboxEvent> events) {
    if (!properties.publishImmediately()) {
      return;
    }
    inserted.add(new Inserted(collection, id, events));
    scheduleDrain();
  }

  private void scheduleDrain() {
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
      List<Document> pending;
      int round;
      // Another round only after a full batch: under steady load there are always a few fresh
      // documents pending, and looping until none is left would scan the collection nonstop.
      do {
        pending = mongo.find(pendingDocuments(), Document.class, collection);
        round = publish(collection, pendingIn(pending));
        total += round;
      } while (round > 0 && pending.size() == properties.batchSize());
    }
    return total;
  }

  private Query pendingDocuments() {
    Query pending = new Query(Criteria.where(PENDING).exists(true)).limit(properties.batchSize());
    pending.fields().include(OutboxEvent.FIELD);
    return pending.with(Sort.by("_id"));
  }

  private void drain() {
    drainScheduled.set(false);
    publishInsertedDocuments();
    soon.forEach(
        (collection, ids) -> {
          List<Object> batch = new ArrayList<>(ids);
          ids.removeAll(batch);
          if (!batch.isEmpty()) {
            try {
              publishDocuments(collection, batch);
            } catch (RuntimeException e) {
              publishFailed(e);
            }
          }
        });
  }

  private void publishInsertedDocuments() {
    Map<String, List<Pending>> byCollection = new LinkedHashMap<>();
    Inserted document;
    while ((document = inserted.poll()) != null) {
      Object id = document.id();
      List<Pending> pending =
          byCollection.computeIfAbsent(document.collection(), c -> new ArrayList<>());
      document.events().stream()
          .filter(event -> !recentlyPublished.contains(event.eventId()))
          .forEach(event -> pending.add(new Pending(id, event)));
    }
    byCollection.forEach(
        (collection, pending) -> {
          try {
            publish(collection, pending);
          } catch (RuntimeException e) {
            publishFailed(e);
          }
        });
  }

  private void publishDocuments(String collection, Collection<Object> ids) {
    // By id alone: the embedded MongoDB-wire server uses an index only when the query's fields are
    // exactly the index's, and a document without pending events simply yields nothing to send.
    Query query = new Query(Criteria.where("_id").in(ids));
    query.fields().include(OutboxEvent.FIELD);
    publish(collection, pendingIn(mongo.find(query, Document.class, collection)));
  }

  private int publish(String collection, List<Pending> pending) {
    List<Sending> sendings = new ArrayList<>();
    for (Pending event : pending) {
      sendings.add(new Sending(event.documentId(), event.event(), send(event.event())));
    }
    Map<Object, Set<String>> sentByDocument = new LinkedHashMap<>();
    for (Sending sending : sendings) {
      try {
        sending.result().get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        sentByDocument
            .computeIfAbsent(sending.documentId(), id -> new LinkedHashSet<>())
            .add(sending.event().eventId());
        recentlyPublished.add(sending.event().eventId());
        published.increment();
      } catch (Exception e) {
        failed.increment();
        log.warn(
            "event {} of {} not published yet, will retry: {}",
            sending.event().eventId(),
            sending.documentId(),
            e.toString());
        retrySoon();
      }
    }
    removePublished(collection, sentByDocument);
    return sentByDocument.values().stream().mapToInt(Set::size).sum();
  }

  private CompletableFuture<SendResult<String, byte[]>> send(OutboxEvent event) {
    try {
      return kafka.send(KafkaCloudEvents.toRecord(event.topic(), event.toCloudEvent()));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * One write for the whole batch: event ids are unique, so pulling all of them from each of the
   * documents removes exactly what was published. Under load a batch holds many documents, and a
   * write per document would cost as much as the changes themselves.
   */
  private void removePublished(String collection, Map<Object, Set<String>> sentByDocument) {
    if (sentByDocument.isEmpty()) {
      return;
    }
    Set<String> eventIds = new LinkedHashSet<>();
    sentByDocument.values().forEach(eventIds::addAll);
    Update update =
        new Update().pull(OutboxEvent.FIELD, Query.query(Criteria.where("eventId").in(eventIds)));
    mongo.updateMulti(
        Query.query(Criteria.where("_id").in(sentByDocument.keySet())), update, collection);
  }

  private List<Pending> pendingIn(List<Document> documents) {
    List<Pending> pending = new ArrayList<>();
    for (Document document : documents) {
      for (Document entry : document.getList(OutboxEvent.FIELD, Document.class, List.of())) {
        pending.add(
            new Pending(document.get("_id"), mongo.getConverter().read(OutboxEvent.class, entry)));
      }
    }
    return pending;
  }

  @Override
  public void start() {
    for (String collection : properties.collections()) {
      try {
        mongo
            .indexOps(collection)
            .createIndex(new Index(OutboxEvent.FIELD + ".eventId", Sort.Direction.ASC).sparse());
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
    executor.scheduleWithFixedDelay(this::sweepQuietly, 0, interval, TimeUnit.MILLISECONDS);
    worker = executor;
  }

  private void publishFailed(RuntimeException e) {
    log.warn("outbox publish failed, the sweep will retry: {}", e.toString());
    retrySoon();
  }

  /** Sweeps after the retry interval, once however many publishes failed meanwhile. */
  private void retrySoon() {
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
      retrySoon();
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

  private static Set<String> boundedSet(int size) {
    return Collections.newSetFromMap(
        new LinkedHashMap<>() {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > size;
          }
        });
  }

  private record Inserted(String collection, Object id, List<OutboxEvent> events) {}

  private record Pending(Object documentId, OutboxEvent event) {}

  private record Sending(
      Object documentId, OutboxEvent event, CompletableFuture<SendResult<String, byte[]>> result) {}
}
