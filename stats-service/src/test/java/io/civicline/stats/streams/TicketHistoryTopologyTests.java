package io.civicline.stats.streams;

import static io.civicline.stats.Snapshots.ticket;
import static io.civicline.stats.Snapshots.ticketEvent;
import static io.civicline.stats.TicketEvents.cloudEvent;
import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.events.EventJson;
import io.civicline.events.EventSchemas;
import io.civicline.events.KafkaCloudEvents;
import io.civicline.events.TicketEvent;
import io.civicline.events.TicketEventType;
import io.civicline.stats.TicketLife;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hotline figures count facts, each at its own time and for the department of that moment,
 * whatever the ticket does later: tickets live through the real topology with events as the hotline
 * writes them. The sample ticket is in district YIMEI, topic HEATING; all times are in March 2026
 * and fall on the same Shanghai day as in UTC.
 */
class TicketHistoryTopologyTests {

  private static final String A = "HEATING_CO";
  private static final String B = "WATER_CO";

  @TempDir Path stateDir;

  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> ticketEvents;
  private KeyValueStore<String, Long> figures;

  @BeforeEach
  void startDriver() {
    driver = TopologyDrivers.start(stateDir);
    ticketEvents =
        driver.createInputTopic(
            StatsTopology.TICKET_EVENTS, new StringSerializer(), new ByteArraySerializer());
    figures = driver.getKeyValueStore(StatsTopology.HOTLINE_FIGURES);
  }

  @AfterEach
  void closeDriver() {
    driver.close();
  }

  @Test
  void reopeningKeepsTheOnTimeSignatureOfTheFirstDispatch() {
    TicketLife t = TicketLife.received("t1", "2026-03-14T01:00:00Z");
    publish(
        t.receipt(),
        t.dispatch("2026-03-16T01:00:00Z", A),
        t.sign("2026-03-16T02:00:00Z", true),
        t.reply("2026-03-17T02:00:00Z", true),
        t.callBack("2026-03-18T02:00:00Z", "UNSATISFIED", false),
        t.reopen("2026-03-18T03:00:00Z"));

    assertThat(count("signedOnTime|2026-03-16|CITY")).isEqualTo(1);
    assertThat(count("signedOnTime|2026-03|DEPARTMENT:" + A)).isEqualTo(1);
    assertThat(count("dispatches|2026-03|CITY")).isEqualTo(1);
    assertThat(count("completed|2026-03-17|DEPARTMENT:" + A)).isEqualTo(1);
    assertThat(count("reopened|2026-03-18|CITY")).isEqualTo(1);
    assertThat(count("reopened|2026-03-18|DEPARTMENT:" + A)).isEqualTo(1);
    assertThat(count("open|now|CITY")).isEqualTo(1);
    assertThat(count("open|now|DEPARTMENT:" + A)).as("back with the agents").isZero();
  }

  @Test
  void correctingTheStreetMovesEveryCountOfTheTicketToTheCorrectedStreet() {
    TicketLife t = TicketLife.received("t1", "2026-03-14T01:00:00Z");
    publish(
        t.receipt(),
        t.setPlace("2026-03-14T01:05:00Z", "YIMEI_XURI"),
        t.dispatch("2026-03-14T02:00:00Z", A));

    assertThat(count("received|2026-03-14|STREET:YIMEI_XURI")).isEqualTo(1);
    assertThat(count("received|2026-03|TOPIC_STREET:HEATING.YIMEI_XURI")).isEqualTo(1);
    assertThat(count("dispatched|2026-03|STREET:YIMEI_XURI")).isEqualTo(1);
    assertThat(count("open|now|STREET:YIMEI_XURI")).isEqualTo(1);

    publish(t.setPlace("2026-03-15T01:00:00Z", "YIMEI_NANJUN"));

    for (String counter :
        List.of(
            "received|2026-03-14|STREET:",
            "received|2026|STREET:",
            "dispatched|2026-03|STREET:",
            "dispatches|2026-03-14|STREET:",
            "open|now|STREET:",
            "received|2026-03|TOPIC_STREET:HEATING.")) {
      assertThat(count(counter + "YIMEI_XURI")).as(counter + "YIMEI_XURI").isZero();
      assertThat(count(counter + "YIMEI_NANJUN")).as(counter + "YIMEI_NANJUN").isEqualTo(1);
    }
    // the correction is no fact: the city and the district count the ticket once, as before
    assertThat(count("received|2026-03|CITY")).isEqualTo(1);
    assertThat(count("received|2026-03|DISTRICT:YIMEI")).isEqualTo(1);
    assertThat(count("dispatches|2026-03|CITY")).isEqualTo(1);
  }

  @Test
  void aTicketWithoutAStreetCountsUnderNoStreet() {
    TicketLife t = TicketLife.received("t1", "2026-03-14T01:00:00Z");
    publish(t.receipt());

    assertThat(count("received|2026-03-14|CITY")).isEqualTo(1);
    assertThat(figureKeys()).noneMatch(key -> key.contains("STREET:"));
  }

  @Test
  void aMediationOutcomeIsNotADepartmentCompletion() {
    TicketLife t = TicketLife.received("t1", "2026-03-14T01:00:00Z");
    publish(
        t.receipt(),
        t.refer("2026-03-15T01:00:00Z"),
        t.concludeReferral("2026-03-20T01:00:00Z", "SUCCESS"));

    assertThat(count("completed|2026-03|CITY")).isZero();
    assertThat(count("completed|2026|CITY")).isZero();
    assertThat(count("referred|2026-03-15|CITY")).isEqualTo(1);
    assertThat(count("referralsConcluded|2026-03-20|CITY")).isEqualTo(1);
    assertThat(count("referralsSuccessful|2026-03|CITY")).isEqualTo(1);
    assertThat(count("referralsSuccessful|2026-03|DISTRICT:YIMEI")).isEqualTo(1);
    assertThat(count("referralsFailed|2026-03|CITY")).isZero();
  }

  @Test
  void aDepartmentKeepsItsReturnAndTheNextIsChargedOnlyWithItsOwnWork() {
    publish(returnedByAAndAnsweredByB());

    assertThat(count("dispatched|2026-03|DEPARTMENT:" + A)).isEqualTo(1);
    assertThat(count("returned|2026-03-16|DEPARTMENT:" + A)).isEqualTo(1);
    assertThat(count("signedOnTime|2026-03|DEPARTMENT:" + A)).isZero();
    assertThat(count("completed|2026-03|DEPARTMENT:" + A)).isZero();
    assertThat(count("dispatched|2026-03|DEPARTMENT:" + B)).isEqualTo(1);
    assertThat(count("signedOnTime|2026-03|DEPARTMENT:" + B)).isEqualTo(1);
    assertThat(count("completed|2026-03-18|DEPARTMENT:" + B)).isEqualTo(1);
    assertThat(count("returned|2026-03|DEPARTMENT:" + B)).isZero();
    assertThat(count("dispatched|2026-03|CITY")).isEqualTo(1);
    assertThat(count("dispatched|2026-03|TOPIC:HEATING")).isEqualTo(1);
    assertThat(count("dispatches|2026-03|CITY")).isEqualTo(2);
    assertThat(count("returned|2026-03|CITY")).isEqualTo(1);
    assertThat(count("completed|2026-03|CITY")).isEqualTo(1);
  }

  @Test
  void aLateReplyAReopenAndAnOnTimeReplyAreTwoCompletionsEachInItsDepartment() {
    TicketLife t = TicketLife.received("t1", "2026-03-14T01:00:00Z");
    publish(
        t.receipt(),
        t.dispatch("2026-03-16T01:00:00Z", A),
        t.sign("2026-03-16T02:00:00Z", true),
        t.reply("2026-03-17T02:00:00Z", false),
        t.callBack("2026-03-18T02:00:00Z", "VERY_UNSATISFIED", false),
        t.reopen("2026-03-18T03:00:00Z"),
        t.dispatch("2026-03-19T01:00:00Z", B),
        t.sign("2026-03-19T02:00:00Z", false),
        t.reply("2026-03-20T02:00:00Z", true));

    assertThat(count("completed|2026-03|CITY")).isEqualTo(2);
    assertThat(count("completedOnTime|2026-03|CITY")).isEqualTo(1);
    assertThat(count("completed|2026-03-17|DEPARTMENT:" + A)).isEqualTo(1);
    assertThat(count("completedOnTime|2026-03|DEPARTMENT:" + A)).isZero();
    assertThat(count("reopened|2026-03|DEPARTMENT:" + A)).isEqualTo(1);
    assertThat(count("completed|2026-03-20|DEPARTMENT:" + B)).isEqualTo(1);
    assertThat(count("completedOnTime|2026-03-20|DEPARTMENT:" + B)).isEqualTo(1);
    assertThat(count("reopened|2026-03|DEPARTMENT:" + B)).isZero();
    assertThat(count("signedOnTime|2026-03|CITY")).isEqualTo(1);
    assertThat(count("signedOnTime|2026-03-16|DEPARTMENT:" + A)).isEqualTo(1);
    assertThat(count("dispatches|2026-03|CITY")).isEqualTo(2);
  }

  @Test
  void eachUrgeCountsForTheDepartmentUrged() {
    TicketLife t = TicketLife.received("t1", "2026-03-14T01:00:00Z");
    publish(
        t.receipt(),
        t.dispatch("2026-03-16T01:00:00Z", A),
        t.urge("2026-03-17T01:00:00Z"),
        t.urge("2026-03-18T01:00:00Z"));

    assertThat(count("urged|2026-03|CITY")).isEqualTo(2);
    assertThat(count("urged|2026-03-17|DEPARTMENT:" + A)).isEqualTo(1);
    assertThat(count("urged|2026-03|DEPARTMENT:" + A)).isEqualTo(2);
    assertThat(count("urged|2026-03|TOPIC:HEATING")).isEqualTo(2);
  }

  @Test
  void aCallbackSaysWhetherTheProblemIsSolvedAndCountsForTheDepartmentThatReplied() {
    TicketLife solved = TicketLife.received("t1", "2026-03-14T01:00:00Z");
    publish(
        solved.receipt(),
        solved.dispatch("2026-03-16T01:00:00Z", A),
        solved.reply("2026-03-17T01:00:00Z", true),
        solved.callBack("2026-03-18T01:00:00Z", "UNREACHABLE", null),
        solved.callBack("2026-03-18T05:00:00Z", "BASICALLY_SATISFIED", true));
    TicketLife unsolved = TicketLife.received("t2", "2026-03-14T01:00:00Z");
    publish(
        unsolved.receipt(),
        unsolved.dispatch("2026-03-16T01:00:00Z", B),
        unsolved.reply("2026-03-17T01:00:00Z", true),
        unsolved.callBack("2026-03-18T01:00:00Z", "SATISFIED", false));

    assertThat(count("rated|2026-03-18|CITY")).isEqualTo(2);
    assertThat(count("satisfied|2026-03-18|CITY")).isEqualTo(2);
    assertThat(count("resolved|2026-03-18|CITY")).isEqualTo(1);
    assertThat(count("resolved|2026-03|DEPARTMENT:" + A)).isEqualTo(1);
    assertThat(count("rated|2026-03|DEPARTMENT:" + B)).isEqualTo(1);
    assertThat(count("resolved|2026-03|DEPARTMENT:" + B)).isZero();
  }

  @Test
  void aTicketAnsweredAtIntakeIsResolvedOnFirstContactAndItsCallbackChargesNoDepartment() {
    TicketLife t = TicketLife.received("t1", "2026-03-14T01:00:00Z");
    publish(
        t.receipt(),
        t.answerAtIntake("2026-03-14T01:05:00Z"),
        t.callBack("2026-03-15T01:00:00Z", "SATISFIED", true));

    assertThat(count("resolvedOnFirstContact|2026-03-14|CITY")).isEqualTo(1);
    assertThat(count("resolved|2026-03-15|CITY")).isEqualTo(1);
    assertThat(figures.get("resolved|2026-03-15|DEPARTMENT:" + A)).isNull();
  }

  @Test
  void theLiveFiguresFollowTheDepartmentHoldingTheTicketNow() {
    publish(returnedByAAndAnsweredByB().subList(0, 4));

    assertThat(count("open|now|DEPARTMENT:" + B)).isEqualTo(1);
    assertThat(count("open|now|DEPARTMENT:" + A)).isZero();
    assertThat(count("open|now|CITY")).isEqualTo(1);
  }

  @Test
  void duplicateStaleAndOutOfOrderEventsChangeNothing() {
    List<TicketEvent> life = returnedByAAndAnsweredByB();
    List<TicketEvent> shuffled = new ArrayList<>(life);
    shuffled.add(0, shuffled.remove(shuffled.size() - 1));
    publish(shuffled);
    publish(life);
    publish(life.get(2), life.get(life.size() - 1));

    assertThat(count("dispatched|2026-03|DEPARTMENT:" + A)).isEqualTo(1);
    assertThat(count("returned|2026-03|DEPARTMENT:" + A)).isEqualTo(1);
    assertThat(count("dispatched|2026-03|CITY")).isEqualTo(1);
    assertThat(count("dispatches|2026-03|CITY")).isEqualTo(2);
    assertThat(count("signedOnTime|2026-03|CITY")).isEqualTo(1);
    assertThat(count("completed|2026-03|CITY")).isEqualTo(1);
    assertThat(count("received|2026-03|CITY")).isEqualTo(1);
  }

  @Test
  void aSnapshotWrittenBeforeStepsIsCountedByTheRulesOfItsTimeForTheDepartmentHoldingIt() {
    publishSample(TicketEventType.REPLIED);

    assertThat(count("dispatched|2026-03-14|CITY")).isEqualTo(1);
    assertThat(count("dispatched|2026-03-14|DEPARTMENT:HEATING_CO")).isEqualTo(1);
    assertThat(count("signedOnTime|2026-03-14|DEPARTMENT:HEATING_CO")).isEqualTo(1);
    assertThat(count("completed|2026-03-16|DEPARTMENT:HEATING_CO")).isEqualTo(1);
    assertThat(count("completedOnTime|2026-03-16|CITY")).isEqualTo(1);
    assertThat(count("received|2026-03-14|CITY")).isEqualTo(1);
  }

  @Test
  void aMediationOutcomeWrittenBeforeStepsIsAConcludedReferralNotACompletion() {
    publish(
        ticketEvent(
            "t1",
            2,
            ticket(
                "status", "REPLIED",
                "referredAt", "2026-03-15T01:00:00Z",
                "mediationOutcome", "FAILED",
                "replyResult", "NOT_RESOLVABLE",
                "completedAt", "2026-03-20T01:00:00Z")));

    assertThat(count("completed|2026|CITY")).isZero();
    assertThat(count("referred|2026-03-15|CITY")).isEqualTo(1);
    assertThat(count("referralsConcluded|2026-03-20|CITY")).isEqualTo(1);
    assertThat(count("referralsFailed|2026-03-20|CITY")).isEqualTo(1);
  }

  @Test
  void theEventsOfATicketsLifeAreValidAgainstTheContract() {
    List<TicketEvent> events = new ArrayList<>(returnedByAAndAnsweredByB());
    TicketLife t = TicketLife.received("t2", "2026-03-14T01:00:00Z");
    events.addAll(
        List.of(
            t.receipt(),
            t.refer("2026-03-15T01:00:00Z"),
            t.concludeReferral("2026-03-16T01:00:00Z", "DECLINED")));

    for (TicketEvent event : events) {
      assertThat(EventSchemas.violations(event.type(), EventJson.write(event)))
          .as(event.type())
          .isEmpty();
    }
  }

  /** Dispatched to A, returned by A, dispatched to B, signed on time and answered by B. */
  private static List<TicketEvent> returnedByAAndAnsweredByB() {
    TicketLife t = TicketLife.received("t1", "2026-03-14T01:00:00Z");
    return List.of(
        t.receipt(),
        t.dispatch("2026-03-16T01:00:00Z", A),
        t.giveBack("2026-03-16T03:00:00Z"),
        t.dispatch("2026-03-16T05:00:00Z", B),
        t.sign("2026-03-16T06:00:00Z", true),
        t.reply("2026-03-18T02:00:00Z", true));
  }

  private void publishSample(TicketEventType type) {
    byte[] json = EventSchemas.sample(type.cloudEventType()).getBytes(StandardCharsets.UTF_8);
    publish(EventJson.readTicketEvent(json));
  }

  private void publish(TicketEvent... events) {
    publish(List.of(events));
  }

  private void publish(List<TicketEvent> events) {
    for (TicketEvent event : events) {
      var record = KafkaCloudEvents.toRecord(StatsTopology.TICKET_EVENTS, cloudEvent(event));
      ticketEvents.pipeInput(new TestRecord<>(record.key(), record.value(), record.headers()));
    }
  }

  private long count(String key) {
    Long count = figures.get(key);
    return count == null ? 0 : count;
  }

  /** The keys of every counter that is not 0. */
  private List<String> figureKeys() {
    List<String> keys = new ArrayList<>();
    try (var all = figures.all()) {
      all.forEachRemaining(
          entry -> {
            if (entry.value != null && entry.value != 0) {
              keys.add(entry.key);
            }
          });
    }
    return keys;
  }
}
