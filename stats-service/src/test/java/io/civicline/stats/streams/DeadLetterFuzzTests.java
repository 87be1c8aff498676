package io.civicline.stats.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.events.KafkaCloudEvents;
import io.civicline.events.MediationCaseEvent;
import io.civicline.events.TicketEvent;
import io.civicline.kit.testing.BadRecords;
import io.civicline.stats.Snapshots;
import io.civicline.stats.TicketEvents;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stats topology against the bad-record suite (service-kit's {@link BadRecords}): every
 * malformed, schema-violating or oversized ticket or case event record lands in its topic's
 * dead-letter topic, and good records after them are still counted.
 */
class DeadLetterFuzzTests {

  private static final ZoneId SHANGHAI = TopologyDrivers.SHANGHAI;
  private static final Instant MARCH_15_SHANGHAI = Instant.parse("2026-03-14T16:30:00Z");

  @TempDir Path stateDir;

  private TopologyTestDriver driver;

  @BeforeEach
  void startDriver() {
    driver = TopologyDrivers.start(stateDir);
  }

  @AfterEach
  void closeDriver() {
    driver.close();
  }

  @Test
  void badTicketEventRecordsEndInTheDeadLetterTopicWhileGoodOnesAreStillCounted() {
    BadRecords bad =
        new BadRecords(StatsTopology.TICKET_EVENTS, DeadLetterFuzzTests::ticketReceived)
            .keyMustBeTheId()
            .requiredFields("type", "eventId", "caseId", "caseVersion", "occurredAt", "snapshot")
            .violating("caseVersion not a number", data -> data.put("caseVersion", "abc"))
            .violating("occurredAt not a time", data -> data.put("occurredAt", "yesterday"))
            .violating("receivedAt not a time", data -> snapshot(data, "receivedAt", "garbage"))
            .violating("district {$gt:''}", data -> operator(data, "district"));

    List<String> missing =
        sendAndFindMissingDeadLetters(
            bad, StatsTopology.TICKET_EVENTS, StatsTopology.TICKET_EVENTS_DLQ, "good-ticket");

    assertThat(missing).isEmpty();
    assertThat(keptCases(StatsTopology.TICKET_SNAPSHOTS, bad)).containsExactly("good-ticket");
    assertThat(count(StatsTopology.HOTLINE_FIGURES, "received|2026-03-15|CITY")).isPositive();
  }

  @Test
  void badCaseEventRecordsEndInTheDeadLetterTopicWhileGoodOnesAreStillCounted() {
    BadRecords bad =
        new BadRecords(StatsTopology.CASE_EVENTS, DeadLetterFuzzTests::caseRegistered)
            .keyMustBeTheId()
            .requiredFields("type", "eventId", "caseId", "caseVersion", "occurredAt", "snapshot")
            .violating("caseVersion not a number", data -> data.put("caseVersion", "abc"))
            .violating("registeredAt not a time", data -> snapshot(data, "registeredAt", "x"))
            .violating("district {$gt:''}", data -> operator(data, "district"));

    List<String> missing =
        sendAndFindMissingDeadLetters(
            bad, StatsTopology.CASE_EVENTS, StatsTopology.CASE_EVENTS_DLQ, "good-case");

    assertThat(missing).isEmpty();
    assertThat(keptCases(StatsTopology.CASE_SNAPSHOTS, bad)).containsExactly("good-case");
    assertThat(count(StatsTopology.MEDIATION_FIGURES, "registered|2026|CITY")).isPositive();
  }

  /** Pipes every bad sample, then one good record; returns the samples not dead-lettered. */
  private List<String> sendAndFindMissingDeadLetters(
      BadRecords bad, String topic, String deadLetterTopic, String goodKey) {
    TestInputTopic<String, byte[]> input =
        driver.createInputTopic(topic, new StringSerializer(), new ByteArraySerializer());
    TestOutputTopic<String, byte[]> deadLetters =
        driver.createOutputTopic(
            deadLetterTopic, new StringDeserializer(), new ByteArrayDeserializer());
    List<String> missing = new ArrayList<>();
    for (BadRecords.Sample sample : bad.samples()) {
      input.pipeInput(testRecord(sample.record()));
    }
    input.pipeInput(
        testRecord(
            topic.equals(StatsTopology.TICKET_EVENTS)
                ? ticketReceived(goodKey)
                : caseRegistered(goodKey)));
    Set<String> dead =
        deadLetters.readRecordsToList().stream().map(TestRecord::key).collect(Collectors.toSet());
    for (BadRecords.Sample sample : bad.samples()) {
      if (!dead.contains(sample.record().key())) {
        missing.add(sample.name());
      }
    }
    return missing;
  }

  private static ProducerRecord<String, byte[]> ticketReceived(String ticketId) {
    TicketEvent event = TicketEvents.received(ticketId, "YIMEI", MARCH_15_SHANGHAI);
    return KafkaCloudEvents.toRecord(StatsTopology.TICKET_EVENTS, TicketEvents.cloudEvent(event));
  }

  private static ProducerRecord<String, byte[]> caseRegistered(String caseId) {
    MediationCaseEvent event = Snapshots.caseEvent(caseId, 1, Snapshots.mediationCase());
    return KafkaCloudEvents.toRecord(StatsTopology.CASE_EVENTS, Snapshots.cloudEvent(event));
  }

  private static TestRecord<String, byte[]> testRecord(ProducerRecord<String, byte[]> record) {
    return new TestRecord<>(record.key(), record.value(), record.headers());
  }

  private static ObjectNode snapshot(ObjectNode data, String field, String value) {
    ((ObjectNode) data.get("snapshot")).put(field, value);
    return data;
  }

  private static ObjectNode operator(ObjectNode data, String field) {
    ObjectNode snapshot = (ObjectNode) data.get("snapshot");
    snapshot.set(field, snapshot.objectNode().put("$gt", ""));
    return data;
  }

  /**
   * The good case and every bad sample whose snapshot the per-case store kept: only the good one
   * may be there.
   */
  private List<String> keptCases(String store, BadRecords bad) {
    KeyValueStore<String, Object> snapshots = driver.getKeyValueStore(store);
    List<String> kept = new ArrayList<>();
    for (BadRecords.Sample sample : bad.samples()) {
      if (snapshots.get(sample.record().key()) != null) {
        kept.add(sample.name());
      }
    }
    for (String good : List.of("good-ticket", "good-case")) {
      if (snapshots.get(good) != null) {
        kept.add(good);
      }
    }
    return kept;
  }

  private long count(String store, String key) {
    KeyValueStore<String, Long> figures = driver.getKeyValueStore(store);
    Long count = figures.get(key);
    return count == null ? 0 : count;
  }
}
