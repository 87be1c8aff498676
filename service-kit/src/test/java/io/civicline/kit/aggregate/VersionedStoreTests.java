package io.civicline.kit.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.civicline.kit.outbox.OutboxEvent;
import io.civicline.kit.outbox.OutboxProperties;
import io.civicline.kit.outbox.OutboxRelay;
import io.civicline.kit.testing.InProcessMongo;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.CollectionCallback;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.kafka.core.KafkaTemplate;

class VersionedStoreTests {

  static final InProcessMongo MONGO = new InProcessMongo();
  static final MongoClient CLIENT = MongoClients.create(MONGO.uri("kit"));

  final MongoTemplate mongo = new MongoTemplate(CLIENT, "kit");
  final List<String> sent = Collections.synchronizedList(new ArrayList<>());
  final OutboxRelay relay = new OutboxRelay(mongo, recordingKafka(), properties(), meters());
  final VersionedStore<Item> store = new VersionedStore<>(mongo, relay, Item.class, "version");

  @AfterEach
  void clear() {
    relay.stop();
    mongo.dropCollection(Item.class);
  }

  @AfterAll
  static void stop() {
    CLIENT.close();
    MONGO.stop();
  }

  @Test
  void anUpdateAtTheExpectedVersionWritesTheChangeAndAppendsItsEventsInOneWrite() {
    store.insert("a", Item.created("a", Instant.now()));
    OutboxEvent marked = Item.event("a", "marked");

    assertThat(store.update("a", 1, Item.markOverdue(), List.of(marked))).isTrue();

    Item stored = store.find("a").orElseThrow();
    assertThat(stored.version()).isEqualTo(2);
    assertThat(stored.overdue()).isTrue();
    assertThat(stored.outbox()).extracting(OutboxEvent::type).containsExactly("created", "marked");
  }

  @Test
  void anUpdateAtAStaleVersionChangesNothing() {
    store.insert("b", Item.created("b", Instant.now()));
    store.update("b", 1, Item.markOverdue(), List.of(Item.event("b", "marked")));

    assertThat(store.update("b", 1, Item.markOverdue(), List.of(Item.event("b", "again"))))
        .isFalse();

    Item stored = store.find("b").orElseThrow();
    assertThat(stored.version()).isEqualTo(2);
    assertThat(stored.outbox()).extracting(OutboxEvent::type).containsExactly("created", "marked");
  }

  @Test
  void theRelayPublishesEachHandedOverEventOnceInOrderAndEmptiesTheOutbox() {
    relay.start();
    store.insert("c", Item.created("c", Instant.now()));
    store.update("c", 1, Item.markOverdue(), List.of(Item.event("c", "marked")));

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> store.find("c").orElseThrow().outbox().isEmpty());
    assertThat(sent).containsExactly("c created", "c marked");
  }

  @Test
  void anInsertWhoseAnswerWasLostIsPublishedWithinSecondsNotAtTheNextPeriodicSweep() {
    startedRelayHasSwept();
    VersionedStore<Item> losing =
        new VersionedStore<>(answerLosing(), relay, Item.class, "version");

    assertThatThrownBy(() -> losing.insert("lost", Item.created("lost", Instant.now())))
        .isInstanceOf(DataAccessResourceFailureException.class);

    await().atMost(Duration.ofSeconds(10)).until(() -> sent.contains("lost created"));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> store.find("lost").orElseThrow().outbox().isEmpty());
  }

  @Test
  void anUpdateWhoseAnswerWasLostIsPublishedWithinSecondsNotAtTheNextPeriodicSweep() {
    startedRelayHasSwept();
    store.insert("u", Item.created("u", Instant.now()));
    VersionedStore<Item> losing =
        new VersionedStore<>(answerLosing(), relay, Item.class, "version");

    assertThatThrownBy(
            () -> losing.update("u", 1, Item.markOverdue(), List.of(Item.event("u", "marked"))))
        .isInstanceOf(DataAccessResourceFailureException.class);

    await().atMost(Duration.ofSeconds(10)).until(() -> sent.contains("u marked"));
    assertThat(sent).containsSubsequence("u created", "u marked");
  }

  @Test
  void dueFindsTheSelectedRecordsPastTheTimeEarliestFirstUpToTheLimit() {
    Instant now = Instant.now();
    store.insert("late", Item.created("late", now.minusSeconds(10)));
    store.insert("later", Item.created("later", now.minusSeconds(5)));
    store.insert("earliest", Item.created("earliest", now.minusSeconds(60)));
    store.insert("future", Item.created("future", now.plusSeconds(60)));
    store.update("late", 1, Item.markOverdue(), List.of());

    List<Item> due = store.due(Criteria.where("overdue").is(false), "deadline", now, 2);

    assertThat(due).extracting(Item::id).containsExactly("earliest", "later");
  }

  /**
   * Starts the relay and returns once its start-up sweep is over: the relay's one thread runs that
   * sweep before the publish of a write made after it.
   */
  private void startedRelayHasSwept() {
    relay.start();
    store.insert("first", Item.created("first", Instant.now()));
    await().atMost(Duration.ofSeconds(10)).until(() -> sent.contains("first created"));
  }

  /**
   * A template whose writes take effect and then lose their answer, as when the database server is
   * killed between storing a change and replying.
   */
  private static MongoTemplate answerLosing() {
    return new MongoTemplate(CLIENT, "kit") {
      @Override
      public <T> T insert(T object, String collectionName) {
        super.insert(object, collectionName);
        throw new DataAccessResourceFailureException("the answer was lost");
      }

      @Override
      public <T> T execute(String collectionName, CollectionCallback<T> callback) {
        super.execute(collectionName, callback);
        throw new DataAccessResourceFailureException("the answer was lost");
      }
    };
  }

  @SuppressWarnings("unchecked")
  private KafkaTemplate<String, byte[]> recordingKafka() {
    KafkaTemplate<String, byte[]> kafka = mock(KafkaTemplate.class);
    when(kafka.send(any(ProducerRecord.class)))
        .thenAnswer(
            call -> {
              ProducerRecord<String, byte[]> record = call.getArgument(0);
              sent.add(
                  record.key() + " " + new String(record.headers().lastHeader("ce_type").value()));
              return CompletableFuture.completedFuture(null);
            });
    return kafka;
  }

  private static OutboxProperties properties() {
    return new OutboxProperties(
        List.of("items"), true, Duration.ofHours(1), Duration.ofSeconds(1), 100, null);
  }

  private static SimpleMeterRegistry meters() {
    return new SimpleMeterRegistry();
  }
}
