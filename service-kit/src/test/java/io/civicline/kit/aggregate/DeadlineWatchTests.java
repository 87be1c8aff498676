package io.civicline.kit.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.civicline.kit.mongo.ClusterLease;
import io.civicline.kit.outbox.OutboxEvent;
import io.civicline.kit.outbox.OutboxProperties;
import io.civicline.kit.outbox.OutboxRelay;
import io.civicline.kit.testing.InProcessMongo;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;

class DeadlineWatchTests {

  static final InProcessMongo MONGO = new InProcessMongo();
  static final MongoClient CLIENT = MongoClients.create(MONGO.uri("watch"));

  final MongoTemplate mongo = new MongoTemplate(CLIENT, "watch");
  // Not started: the events stay in the outbox, where the test counts them.
  final OutboxRelay relay =
      new OutboxRelay(
          mongo,
          null,
          new OutboxProperties(List.of("items"), false, null, null, null, null),
          new SimpleMeterRegistry());
  final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  final VersionedStore<Item> store = new VersionedStore<>(mongo, relay, Item.class, "version");

  @AfterAll
  static void stop() {
    CLIENT.close();
    MONGO.stop();
  }

  @Test
  void twoWatchersRacingMarkEveryRecordPastItsDeadlineExactlyOnce() throws Exception {
    Instant now = Instant.now();
    // More than a batch, so that each watcher reads several batches.
    int records = DeadlineWatch.BATCH + 20;
    for (int i = 0; i < records; i++) {
      store.insert("due-" + i, Item.created("due-" + i, now.minusSeconds(records - i)));
    }
    store.insert("not-yet", Item.created("not-yet", now.plusSeconds(3600)));
    CyclicBarrier start = new CyclicBarrier(2);

    CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> race(start));
    CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> race(start));

    assertThat(one.get() + two.get()).isEqualTo(records);
    for (Item item : mongo.findAll(Item.class)) {
      long marks = item.outbox().stream().map(OutboxEvent::type).filter("marked"::equals).count();
      assertThat(marks).as(item.id()).isEqualTo(item.id().equals("not-yet") ? 0 : 1);
    }
    assertThat(round(watch("third", Clock.systemUTC()))).isZero();
  }

  @Test
  void eachRoundIsTimedAndCountsWhatItMarked() {
    Instant now = Instant.now();
    store.insert("timed-due", Item.created("timed-due", now.minusSeconds(5)));
    DeadlineWatch watch = watch("timed", Clock.systemUTC());

    int first = round(watch);
    int second = round(watch);

    assertThat(first).isPositive();
    assertThat(second).isZero();
    Timer rounds = meters.get(DeadlineWatch.ROUND_TIMER).tag("round", "items overdue").timer();
    assertThat(rounds.count()).isEqualTo(2);
    assertThat(rounds.totalTime(TimeUnit.NANOSECONDS)).isPositive();
    assertThat(
            meters
                .get(DeadlineWatch.MARKED_COUNTER)
                .tag("round", "items overdue")
                .counter()
                .count())
        .isEqualTo(first);
  }

  @Test
  void onlyTheInstanceHoldingTheLeaseRunsItsRounds() {
    AtomicInteger rounds = new AtomicInteger();
    DeadlineWatch holder = watch("lease-of-one", Clock.systemUTC());
    DeadlineWatch other = watch("lease-of-one", Clock.systemUTC());
    DeadlineWatch elsewhere = watch("lease-of-another", Clock.systemUTC());

    holder.ifLeased(rounds::incrementAndGet);
    other.ifLeased(rounds::incrementAndGet);
    holder.ifLeased(rounds::incrementAndGet);
    elsewhere.ifLeased(rounds::incrementAndGet);

    assertThat(rounds).hasValue(3);
  }

  private int race(CyclicBarrier start) {
    DeadlineWatch watch = watch("race", Clock.systemUTC());
    try {
      start.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return round(watch);
  }

  private int round(DeadlineWatch watch) {
    return watch.round(
        "items overdue",
        (now, limit) -> store.due(Criteria.where("overdue").is(false), "deadline", now, limit),
        (item, now) ->
            !item.overdue()
                && store.update(
                    item.id(),
                    item.version(),
                    Item.markOverdue(),
                    List.of(Item.event(item.id(), "marked"))));
  }

  private DeadlineWatch watch(String lease, Clock clock) {
    return new DeadlineWatch(
        new ClusterLease(mongo, clock), lease, Duration.ofMinutes(1), clock, meters);
  }
}
