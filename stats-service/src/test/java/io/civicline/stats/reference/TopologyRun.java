package io.civicline.stats.reference;

import io.civicline.events.CloudEvent;
import io.civicline.events.EventJson;
import io.civicline.events.KafkaCloudEvents;
import io.civicline.events.TicketEvent;
import io.civicline.stats.figures.HotlineFigures;
import io.civicline.stats.figures.MediationFigures;
import io.civicline.stats.streams.StatsTopology;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;

/**
 * The system under test: the real stats topology, exactly-once, in a TopologyTestDriver (one task,
 * so its hotline figures store holds the whole city's counters).
 */
final class TopologyRun implements AutoCloseable {

  private static final int PARTITIONS = 8;

  private final TopologyTestDriver driver;
  private final TestInputTopic<String, byte[]> ticketEvents;

  TopologyRun(Path stateDir) {
    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, "stats-reference");
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    config.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, InMemoryRocksDb.class);
    config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    driver =
        new TopologyTestDriver(
            StatsTopology.build(
                new HotlineFigures(CityCalendar.ZONE),
                new MediationFigures(CityCalendar.ZONE),
                config),
            config);
    ticketEvents =
        driver.createInputTopic(
            StatsTopology.TICKET_EVENTS, new StringSerializer(), new ByteArraySerializer());
  }

  /** Every counter of these events delivered in this order, as key text → count, no zeros. */
  /**
   * Every counter of these events delivered in this order, as key text → count, no zeros. The
   * tickets are spread by id over {@link #PARTITIONS} drivers whose counters are added up, as the
   * service adds up its partitions: the driver commits after every record, and a commit costs more
   * the more counters the store holds.
   */
  static Map<String, Long> countersOf(Path stateDir, List<TicketEvent> deliveries) {
    Map<String, Long> sum = new TreeMap<>();
    for (int partition = 0; partition < PARTITIONS; partition++) {
      int p = partition;
      try (TopologyRun run = new TopologyRun(stateDir.resolve("partition-" + p))) {
        deliveries.stream()
            .filter(event -> Math.floorMod(event.caseId().hashCode(), PARTITIONS) == p)
            .forEach(run::deliver);
        run.counters().forEach((key, count) -> sum.merge(key, count, Long::sum));
      }
    }
    sum.values().removeIf(count -> count == 0);
    return sum;
  }

  void deliver(TicketEvent event) {
    CloudEvent cloudEvent =
        new CloudEvent(
            event.eventId(),
            "/hotline-service",
            event.type(),
            event.caseId(),
            event.occurredAt(),
            EventJson.write(event));
    var record = KafkaCloudEvents.toRecord(StatsTopology.TICKET_EVENTS, cloudEvent);
    ticketEvents.pipeInput(new TestRecord<>(record.key(), record.value(), record.headers()));
  }

  Map<String, Long> counters() {
    KeyValueStore<String, Long> figures = driver.getKeyValueStore(StatsTopology.HOTLINE_FIGURES);
    Map<String, Long> counters = new TreeMap<>();
    try (KeyValueIterator<String, Long> all = figures.all()) {
      while (all.hasNext()) {
        KeyValue<String, Long> counter = all.next();
        if (counter.value != null && counter.value != 0) {
          counters.put(counter.key, counter.value);
        }
      }
    }
    return counters;
  }

  @Override
  public void close() {
    driver.close();
  }
}
