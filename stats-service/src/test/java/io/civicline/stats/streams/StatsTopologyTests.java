package io.civicline.stats.streams;

import static io.civicline.stats.Snapshots.callback;
import static io.civicline.stats.Snapshots.caseEvent;
import static io.civicline.stats.Snapshots.list;
import static io.civicline.stats.Snapshots.mediationCase;
import static io.civicline.stats.Snapshots.ticket;
import static io.civicline.stats.Snapshots.ticketEvent;
import static io.civicline.stats.TicketEvents.cloudEvent;
import static io.civicline.stats.TicketEvents.received;
import static io.civicline.stats.TicketEvents.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.events.CloudEvent;
import io.civicline.events.EventJson;
import io.civicline.events.EventSchemas;
import io.civicline.events.KafkaCloudEvents;
import io.civicline.events.MalformedEventException;
import io.civicline.events.MediationCaseEvent;
import io.civicline.events.TicketEvent;
import io.civicline.stats.Snapshots;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.LongDeserializer;
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

/** The real topology on a TopologyTestDriver: no broker, no Spring. */
class StatsTopologyTests {

  private static final Instant MARCH_15_SHANGHAI = Instant.parse("2026-03-14T16:30:00Z");
  private static final Instant MARCH_16_SHANGHAI = Instant.parse("2026-03-16T02:00:00Z");
  private static final Instant APRIL_2_SHANGHAI = Instant.parse("2026-04-02T02:00:00Z");

  private static final ZoneId SHANGHAI = TopologyDrivers.SHANGHAI;

  @TempDir Path stateDir;

  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> ticketEvents;
  private TestOutputTopic<String, byte[]> deadLetters;

  /** What the hotline figures store writes: each counter a record changed, with its new count. */
  private TestOutputTopic<String, Long> changes;

  private KeyValueStore<String, Long> figures;
  private TestInputTopic<String, byte[]> caseEvents;
  private TestOutputTopic<String, byte[]> caseDeadLetters;
  private KeyValueStore<String, Long> mediationFigures;

  @BeforeEach
  void startDriver() {
    driver = TopologyDrivers.start(stateDir);
    ticketEvents =
        driver.createInputTopic(
            StatsTopology.TICKET_EVENTS, new StringSerializer(), new ByteArraySerializer());
    deadLetters =
        driver.createOutputTopic(
            StatsTopology.TICKET_EVENTS_DLQ, new StringDeserializer(), new ByteArrayDeserializer());
    changes =
        driver.createOutputTopic(
            StatsTopology.changelogOf("stats-service", StatsTopology.HOTLINE_FIGURES),
            new StringDeserializer(),
            new LongDeserializer());
    figures = driver.getKeyValueStore(StatsTopology.HOTLINE_FIGURES);
    caseEvents =
        driver.createInputTopic(
            StatsTopology.CASE_EVENTS, new StringSerializer(), new ByteArraySerializer());
    caseDeadLetters =
        driver.createOutputTopic(
            StatsTopology.CASE_EVENTS_DLQ, new StringDeserializer(), new ByteArrayDeserializer());
    mediationFigures = driver.getKeyValueStore(StatsTopology.MEDIATION_FIGURES);
  }

  @AfterEach
  void closeDriver() {
    driver.close();
  }

  @Test
  void theTestEventsAreValidAgainstTheContract() {
    TicketEvent event = received("t1", "YIMEI", MARCH_15_SHANGHAI);

    assertThat(EventSchemas.violations(event.type(), EventJson.write(event))).isEmpty();
  }

  @Test
  void aReceivedTicketCountsInItsShanghaiDayMonthAndYearForTheCityAndItsDistrict() {
    publish(received("t1", "YIMEI", MARCH_15_SHANGHAI));

    assertThat(count("received|2026-03-15|CITY")).isEqualTo(1);
    assertThat(count("received|2026-03|CITY")).isEqualTo(1);
    assertThat(count("received|2026|CITY")).isEqualTo(1);
    assertThat(count("received|2026-03-15|DISTRICT:YIMEI")).isEqualTo(1);
    assertThat(count("received|2026-03|DISTRICT:YIMEI")).isEqualTo(1);
    assertThat(count("received|2026|DISTRICT:YIMEI")).isEqualTo(1);
    assertThat(count("received|2026-03-14|CITY")).isZero();
  }

  @Test
  void ticketsAddUpByDayMonthYearAndDistrict() {
    publish(received("t1", "YIMEI", MARCH_15_SHANGHAI));
    publish(received("t2", "WUCUI", MARCH_15_SHANGHAI));
    publish(received("t3", "YIMEI", MARCH_16_SHANGHAI));
    publish(received("t4", "YIMEI", APRIL_2_SHANGHAI));

    assertThat(count("received|2026-03-15|CITY")).isEqualTo(2);
    assertThat(count("received|2026-03-16|CITY")).isEqualTo(1);
    assertThat(count("received|2026-03|CITY")).isEqualTo(3);
    assertThat(count("received|2026-04|CITY")).isEqualTo(1);
    assertThat(count("received|2026|CITY")).isEqualTo(4);
    assertThat(count("received|2026-03-15|DISTRICT:YIMEI")).isEqualTo(1);
    assertThat(count("received|2026-03-15|DISTRICT:WUCUI")).isEqualTo(1);
    assertThat(count("received|2026-03|DISTRICT:YIMEI")).isEqualTo(2);
    assertThat(count("received|2026|DISTRICT:YIMEI")).isEqualTo(3);
    assertThat(count("received|2026|DISTRICT:WUCUI")).isEqualTo(1);
  }

  @Test
  void aDuplicatedEventDoesNotChangeTheCount() {
    TicketEvent event = received("t1", "YIMEI", MARCH_15_SHANGHAI);
    publish(event);
    publish(event);

    assertThat(count("received|2026-03-15|CITY")).isEqualTo(1);
    assertThat(count("received|2026|DISTRICT:YIMEI")).isEqualTo(1);
  }

  @Test
  void aStaleEventDoesNotChangeTheCount() {
    publish(ticket("t1", 2, "YIMEI", MARCH_15_SHANGHAI));
    changes.readRecordsToList();

    publish(ticket("t1", 1, "WUCUI", MARCH_16_SHANGHAI));

    assertThat(changes.isEmpty()).isTrue();
    assertThat(count("received|2026-03-15|DISTRICT:YIMEI")).isEqualTo(1);
    assertThat(count("received|2026-03-16|CITY")).isZero();
    assertThat(count("received|2026|DISTRICT:WUCUI")).isZero();
  }

  @Test
  void replayingTheTopicChangesNothing() {
    var history =
        List.of(
            ticket("t1", 1, "YIMEI", MARCH_15_SHANGHAI),
            ticket("t2", 1, "WUCUI", MARCH_16_SHANGHAI),
            ticket("t1", 2, "TIELI", MARCH_15_SHANGHAI));
    history.forEach(this::publish);
    changes.readRecordsToList();

    history.forEach(this::publish);

    assertThat(changes.isEmpty()).isTrue();
    assertThat(count("received|2026-03|CITY")).isEqualTo(2);
    assertThat(count("received|2026|DISTRICT:YIMEI")).isZero();
    assertThat(count("received|2026|DISTRICT:TIELI")).isEqualTo(1);
    assertThat(count("received|2026|DISTRICT:WUCUI")).isEqualTo(1);
  }

  @Test
  void aNewerVersionThatChangesTheDistrictMovesTheCount() {
    publish(ticket("t1", 1, "YIMEI", MARCH_15_SHANGHAI));
    changes.readRecordsToList();

    publish(ticket("t1", 2, "WUCUI", MARCH_15_SHANGHAI));

    Map<String, Long> moved = changes.readKeyValuesToMap();
    assertThat(moved)
        .contains(
            Map.entry("received|2026-03-15|DISTRICT:YIMEI", 0L),
            Map.entry("received|2026-03|DISTRICT:YIMEI", 0L),
            Map.entry("received|2026|DISTRICT:YIMEI", 0L),
            Map.entry("received|2026-03-15|DISTRICT:WUCUI", 1L),
            Map.entry("received|2026-03|DISTRICT:WUCUI", 1L),
            Map.entry("received|2026|DISTRICT:WUCUI", 1L),
            Map.entry("open|now|DISTRICT:YIMEI", 0L),
            Map.entry("open|now|DISTRICT:WUCUI", 1L));
    // Only the district counters move: the city, category and channel ones net to nothing.
    assertThat(moved.keySet()).allMatch(key -> key.contains("|DISTRICT:"));
    assertThat(count("received|2026-03-15|CITY")).isEqualTo(1);
    assertThat(count("received|2026-03-15|DISTRICT:YIMEI")).isZero();
    assertThat(count("received|2026-03-15|DISTRICT:WUCUI")).isEqualTo(1);
    assertThat(count("received|2026|DISTRICT:WUCUI")).isEqualTo(1);
  }

  @Test
  void aNewerVersionThatChangesNothingCountedWritesNoCounter() {
    publish(ticket("t1", 1, "YIMEI", MARCH_15_SHANGHAI));
    changes.readRecordsToList();

    publish(ticket("t1", 2, "YIMEI", MARCH_15_SHANGHAI));

    assertThat(changes.isEmpty()).isTrue();
    assertThat(count("received|2026-03-15|CITY")).isEqualTo(1);
  }

  @Test
  void aMalformedRecordGoesToTheDeadLetterTopicAndTheNextGoodRecordIsCounted() {
    byte[] badJson = "{not json".getBytes(StandardCharsets.UTF_8);
    CloudEvent envelope = cloudEvent(received("t1", "YIMEI", MARCH_15_SHANGHAI));
    ticketEvents.pipeInput(new TestRecord<>("t1", badJson, KafkaCloudEvents.headersOf(envelope)));
    publish(received("t2", "YIMEI", MARCH_15_SHANGHAI));

    TestRecord<String, byte[]> dead = deadLetters.readRecord();
    assertThat(dead.key()).isEqualTo("t1");
    assertThat(dead.value()).isEqualTo(badJson);
    Headers headers = dead.headers();
    assertThat(KafkaCloudEvents.header(headers, DeadLetterHeaders.EXCEPTION_FQCN))
        .contains(MalformedEventException.class.getName());
    assertThat(KafkaCloudEvents.header(headers, DeadLetterHeaders.EXCEPTION_MESSAGE))
        .hasValueSatisfying(message -> assertThat(message).contains("TicketEvent"));
    assertThat(KafkaCloudEvents.header(headers, DeadLetterHeaders.ORIGINAL_TOPIC))
        .contains(StatsTopology.TICKET_EVENTS);
    assertThat(DeadLetterHeaders.partition(headers)).contains(0);
    assertThat(DeadLetterHeaders.offset(headers)).contains(0L);
    assertThat(KafkaCloudEvents.header(headers, KafkaCloudEvents.ID)).contains(envelope.id());
    assertThat(deadLetters.isEmpty()).isTrue();
    assertThat(count("received|2026-03-15|CITY")).isEqualTo(1);
  }

  @Test
  void aRecordWithoutCloudEventHeadersGoesToTheDeadLetterTopic() {
    TicketEvent event = received("t1", "YIMEI", MARCH_15_SHANGHAI);
    ticketEvents.pipeInput(new TestRecord<>("t1", EventJson.write(event), new RecordHeaders()));

    assertThat(deadLetter().message()).contains("ce_specversion");
    assertThat(count("received|2026-03-15|CITY")).isZero();
  }

  @Test
  void aMediationEventOnTheTicketTopicGoesToTheDeadLetterTopic() {
    TicketEvent event = received("t1", "YIMEI", MARCH_15_SHANGHAI);
    CloudEvent wrongType =
        new CloudEvent(
            event.eventId(),
            "/mediation-service",
            "civicline.case.registered.v1",
            "t1",
            event.occurredAt(),
            EventJson.write(event));
    ticketEvents.pipeInput(toTestRecord(wrongType));

    assertThat(deadLetter().message()).contains("civicline.case.registered.v1");
    assertThat(count("received|2026-03-15|CITY")).isZero();
  }

  @Test
  void aRecordKeyedByAnotherIdGoesToTheDeadLetterTopic() {
    CloudEvent envelope = cloudEvent(received("t1", "YIMEI", MARCH_15_SHANGHAI));
    ticketEvents.pipeInput(
        new TestRecord<>("someone-else", envelope.data(), KafkaCloudEvents.headersOf(envelope)));

    assertThat(deadLetter().message()).contains("someone-else");
    assertThat(count("received|2026-03-15|CITY")).isZero();
  }

  @Test
  void anEmptyOrNullValueGoesToTheDeadLetterTopic() {
    CloudEvent envelope = cloudEvent(received("t1", "YIMEI", MARCH_15_SHANGHAI));
    Headers headers = KafkaCloudEvents.headersOf(envelope);
    ticketEvents.pipeInput(
        new TestRecord<>("t1", "null".getBytes(StandardCharsets.UTF_8), headers));
    ticketEvents.pipeInput(new TestRecord<>("t1", (byte[]) null, headers));

    assertThat(deadLetters.readRecordsToList()).hasSize(2);
    assertThat(count("received|2026-03-15|CITY")).isZero();
  }

  @Test
  void aDistrictCodeThatCannotBeAKeyGoesToTheDeadLetterTopic() {
    publish(received("t1", "YI|MEI", MARCH_15_SHANGHAI));

    assertThat(deadLetter().fqcn()).isEqualTo(IllegalArgumentException.class.getName());
    assertThat(count("received|2026-03-15|CITY")).isZero();
  }

  @Test
  void aCallbackReRatedMovesTheTicketFromUnsatisfiedToSatisfied() {
    var unsatisfied = ticket("callbacks", list(callback("2026-03-20T03:00:00Z", "UNSATISFIED")));
    var reRated = ticket("callbacks", list(callback("2026-03-20T03:00:00Z", "SATISFIED")));
    publish(ticketEvent("t1", 1, unsatisfied));
    changes.readRecordsToList();

    publish(ticketEvent("t1", 2, reRated));

    assertThat(changes.readKeyValuesToMap())
        .containsOnlyKeys(
            "satisfied|2026-03-20|CITY",
            "satisfied|2026-03|CITY",
            "satisfied|2026|CITY",
            "satisfied|2026-03-20|DISTRICT:YIMEI",
            "satisfied|2026-03|DISTRICT:YIMEI",
            "satisfied|2026|DISTRICT:YIMEI",
            "satisfied|2026-03-20|CATEGORY:COMPLAINT",
            "satisfied|2026-03|CATEGORY:COMPLAINT",
            "satisfied|2026|CATEGORY:COMPLAINT",
            "satisfied|2026-03-20|TOPIC:HEATING",
            "satisfied|2026-03|TOPIC:HEATING",
            "satisfied|2026|TOPIC:HEATING",
            "satisfied|2026-03-20|CHANNEL:PHONE",
            "satisfied|2026-03|CHANNEL:PHONE",
            "satisfied|2026|CHANNEL:PHONE");
    assertThat(count("rated|2026-03|CITY")).isEqualTo(1);
    assertThat(count("satisfied|2026-03|CITY")).isEqualTo(1);
  }

  @Test
  void aSecondReturnAddsOneAndItsReplayAddsNothing() {
    var once = ticket("returnedAt", list("2026-03-16T03:00:00Z"));
    var twice = ticket("returnedAt", list("2026-03-16T03:00:00Z", "2026-03-16T05:00:00Z"));
    publish(ticketEvent("t1", 1, once));
    TicketEvent second = ticketEvent("t1", 2, twice);
    publish(second);
    publish(second);

    assertThat(count("returned|2026-03-16|CITY")).isEqualTo(2);
    assertThat(count("returned|2026|DISTRICT:YIMEI")).isEqualTo(2);
  }

  @Test
  void aReopenedTicketIsOpenAgainAndCountsItsReopening() {
    publish(ticketEvent("t1", 1, ticket()));
    publish(ticketEvent("t1", 2, ticket("status", "CLOSED", "closedAt", "2026-03-15T03:00:00Z")));
    assertThat(count("open|now|CITY")).isZero();

    publish(
        ticketEvent(
            "t1", 3, ticket("status", "DISPATCHED", "reopenedAt", list("2026-03-16T03:00:00Z"))));

    assertThat(count("open|now|CITY")).isEqualTo(1);
    assertThat(count("reopened|2026-03-16|CITY")).isEqualTo(1);
  }

  @Test
  void aMediationCaseIsCountedFromItsOwnTopicIntoItsOwnStore() {
    publishCase(caseEvent("c1", 1, mediationCase()));
    publishCase(
        caseEvent(
            "c1",
            2,
            mediationCase(
                "status", "CLOSED",
                "body", "YIMEI_JUDICIAL_OFFICE",
                "linkageBody", true,
                "closedAt", "2026-03-20T07:00:00Z",
                "outcome", "SUCCESS",
                "agreementType", "WRITTEN")));

    assertThat(caseCount("registered|2026-03-15|CITY")).isEqualTo(1);
    assertThat(caseCount("successful|2026-03|BODY:YIMEI_JUDICIAL_OFFICE")).isEqualTo(1);
    assertThat(caseCount("linkage|2026|DISTRICT:WUCUI")).isEqualTo(1);
    assertThat(caseCount("daysToCloseTotal|2026-03|CITY")).isEqualTo(5);
    assertThat(caseCount("daysToClose.5|2026-03|CITY")).isEqualTo(1);
    assertThat(caseCount("open|now|CITY")).isZero();
    assertThat(count("received|2026|CITY")).isZero();
  }

  @Test
  void aStaleOrDuplicateMediationEventChangesNothing() {
    var registered = caseEvent("c1", 1, mediationCase());
    publishCase(registered);
    publishCase(caseEvent("c1", 2, mediationCase("status", "MEDIATING", "overdue", true)));

    publishCase(registered);
    publishCase(caseEvent("c1", 2, mediationCase("district", "YIMEI")));

    assertThat(caseCount("overdue|now|DISTRICT:WUCUI")).isEqualTo(1);
    assertThat(caseCount("open|now|CITY")).isEqualTo(1);
    assertThat(caseCount("registered|2026|DISTRICT:YIMEI")).isZero();
  }

  @Test
  void anUnreadableMediationRecordGoesToTheMediationDeadLetterTopic() {
    CloudEvent envelope = Snapshots.cloudEvent(caseEvent("c1", 1, mediationCase()));
    caseEvents.pipeInput(
        new TestRecord<>(
            "c1",
            "{not json".getBytes(StandardCharsets.UTF_8),
            KafkaCloudEvents.headersOf(envelope)));
    publishCase(caseEvent("c2", 1, mediationCase()));

    TestRecord<String, byte[]> dead = caseDeadLetters.readRecord();
    assertThat(dead.key()).isEqualTo("c1");
    assertThat(KafkaCloudEvents.header(dead.headers(), DeadLetterHeaders.ORIGINAL_TOPIC))
        .contains(StatsTopology.CASE_EVENTS);
    assertThat(deadLetters.isEmpty()).isTrue();
    assertThat(caseCount("registered|2026|CITY")).isEqualTo(1);
  }

  @Test
  void aTicketEventOnTheMediationTopicGoesToTheMediationDeadLetterTopic() {
    caseEvents.pipeInput(toTestRecord(cloudEvent(received("t1", "YIMEI", MARCH_15_SHANGHAI))));

    assertThat(caseDeadLetters.readRecordsToList()).hasSize(1);
    assertThat(caseCount("registered|2026|CITY")).isZero();
  }

  private void publishCase(MediationCaseEvent event) {
    var record = KafkaCloudEvents.toRecord(StatsTopology.CASE_EVENTS, Snapshots.cloudEvent(event));
    caseEvents.pipeInput(new TestRecord<>(record.key(), record.value(), record.headers()));
  }

  private long caseCount(String key) {
    Long count = mediationFigures.get(key);
    return count == null ? 0 : count;
  }

  private void publish(TicketEvent event) {
    ticketEvents.pipeInput(toTestRecord(cloudEvent(event)));
  }

  private static TestRecord<String, byte[]> toTestRecord(CloudEvent event) {
    var record = KafkaCloudEvents.toRecord(StatsTopology.TICKET_EVENTS, event);
    return new TestRecord<>(record.key(), record.value(), record.headers());
  }

  private long count(String key) {
    Long count = figures.get(key);
    return count == null ? 0 : count;
  }

  private record Dead(String fqcn, String message) {}

  private Dead deadLetter() {
    Headers headers = deadLetters.readRecord().headers();
    assertThat(deadLetters.isEmpty()).isTrue();
    return new Dead(
        KafkaCloudEvents.header(headers, DeadLetterHeaders.EXCEPTION_FQCN).orElseThrow(),
        KafkaCloudEvents.header(headers, DeadLetterHeaders.EXCEPTION_MESSAGE).orElseThrow());
  }
}
