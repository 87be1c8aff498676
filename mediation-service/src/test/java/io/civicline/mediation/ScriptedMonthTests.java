package io.civicline.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.civicline.events.EventJson;
import io.civicline.events.MediationCaseEvent;
import io.civicline.events.MediationCaseEventType;
import io.civicline.events.ReferenceData;
import io.civicline.events.TopicRecords;
import io.civicline.events.Topics;
import io.civicline.kit.testing.CaseServiceTest;
import io.civicline.kit.testing.EventTypes;
import io.civicline.kit.testing.OutboxedDocuments;
import io.civicline.kit.testing.ScriptPhases;
import io.civicline.kit.testing.ScriptedEvents;
import io.civicline.mediation.events.OverdueWatcher;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The bar's scripted month: 500 cases through every path of the lifecycle over the real HTTP API,
 * by two mediators at once, with forbidden transitions, stale versions, masking and races; 100 of
 * them arrive as hotline referrals, each delivered twice. Then the month ends (the service's clock
 * moves 35 days on): the overdue watcher marks what is still open, late applications and reopenings
 * are refused. At the end there are exactly 500 cases, each where the script says; the event topic
 * holds exactly one event per successful change (per type, per case, versions 1..n without gaps, no
 * personal data); every closed referred case's last event carries what the hotline records on its
 * ticket; and the service answered no 5xx and logged no error.
 */
@CaseServiceTest(
    database = "mediation",
    partitions = 3,
    webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(ShiftedClock.InPlace.class)
@TestPropertySource(
    locations = {
      "classpath:civicline-test-users.properties",
      "classpath:mediation-test-users.properties"
    },
    properties = "civicline.mediation.watch-interval=1h")
@ExtendWith(OutputCaptureExtension.class)
class ScriptedMonthTests {

  static final int CASES = 500;
  static final int REFERRALS = 100;
  static final int WORKERS = 8;
  static final Duration MONTH = Duration.ofDays(35);

  /**
   * The phones the script gives parties and callers: 139… and 137…, not inside the hex of an id.
   */
  private static final Pattern PHONE =
      Pattern.compile("(?<![0-9a-fA-F])13[79][0-9]{8}(?![0-9a-fA-F])");

  @LocalServerPort int port;
  @Autowired ReferenceData reference;
  @Autowired KafkaConnectionDetails kafka;
  @Autowired MongoTemplate mongo;
  @Autowired OverdueWatcher watcher;
  @Autowired ShiftedClock clock;

  @Test
  void fiveHundredCasesGoThroughEveryPathOfTheLifecycleInAMonth(CapturedOutput output)
      throws Exception {
    long start = System.nanoTime();
    MonthClient http = new MonthClient(port);
    ScriptedMonthScript script =
        new ScriptedMonthScript(http, clock, ZoneId.of(reference.city().zone()), CASES, REFERRALS);
    List<ScriptedMonthCase> cases = script.cases;
    List<ScriptedMonthCase> referred = cases.stream().filter(c -> c.isReferral()).toList();
    Map<String, Long> finals = new ConcurrentHashMap<>();

    ScriptPhases phases = new ScriptPhases(WORKERS, "cases");
    try (ReferralTopic referrals = new ReferralTopic(kafka.getBootstrapServers())) {
      // Half the referrals come twice in a row, the others once now and again after the month.
      referred.forEach(c -> referrals.send(c.referral));
      referred.stream().filter(c -> c.index % 2 == 0).forEach(c -> referrals.send(c.referral));
      phases.run(
          "register", cases.stream().filter(c -> !c.isReferral()).toList(), script::register);
      awaitReferralsRead();
      phases.run("referred", referred, script::register);
      phases.run("play", cases, script::play);
      referred.stream().filter(c -> c.index % 2 == 1).forEach(c -> referrals.send(c.referral));
      awaitReferralsRead();

      clock.shift(MONTH);
      List<ScriptedMonthCase> open =
          cases.stream()
              .filter(c -> ScriptedMonthScript.OPEN_AT_MONTH_END.contains(c.path))
              .toList();
      assertThat(watcher.markOverdueCases())
          .as("cases overdue at the month's end")
          .isEqualTo(open.size());
      open.forEach(
          c -> {
            c.version++;
            c.overdue = true;
            c.events.add(MediationCaseEventType.MARKED_OVERDUE);
          });
      phases.run("epilogue", cases, script::epilogue);
      phases.run("verify", cases, c -> finals.merge(script.verify(c), 1L, Long::sum));
    } finally {
      phases.close();
    }
    assertThat(http.serverErrors()).as("no 5xx answers").isEmpty();
    assertThat(mongo.getCollection("cases").countDocuments()).as("cases").isEqualTo(CASES);

    Map<MediationCaseEventType, Long> expected =
        ScriptedEvents.expected(MediationCaseEventType.class, cases);
    long expectedTotal = ScriptedEvents.total(expected);
    ScriptedEvents.awaitPublished(
        () ->
            cases().withOutbox() == 0
                && TopicRecords.all(kafka.getBootstrapServers(), Topics.CASE_EVENTS).size()
                    >= expectedTotal);
    List<ConsumerRecord<String, byte[]>> events =
        TopicRecords.all(kafka.getBootstrapServers(), Topics.CASE_EVENTS);

    assertThat(
            EventTypes.counted(
                MediationCaseEventType.class, MediationCaseEventType::cloudEventType, events))
        .as("events per type")
        .isEqualTo(expected);
    assertThat(events).hasSize((int) expectedTotal);
    Map<String, List<MediationCaseEvent>> byCase = checkEachCasesEvents(cases, events);
    List<String> markers = new ArrayList<>(ScriptedMonthScript.ID_NUMBERS);
    markers.add(ScriptedMonthScript.NAME_MARKER);
    markers.add(ScriptedMonthScript.TEXT_MARKER);
    // Whole ID numbers: a prefix alone also turns up in a timestamp's nanoseconds.
    ScriptedEvents.checkNoPersonalData(events, PHONE, markers);
    checkTheReferringTicketsGetTheOutcome(referred, byCase);

    String log = output.getAll();
    assertThat(log).as("the service's log is captured").contains("Started ScriptedMonthTests");
    assertThat(log.lines().filter(line -> line.contains(" ERROR ")).toList())
        .as("ERROR lines in the log")
        .isEmpty();
    printSummary(http, script, finals, expected, phases.millis(), start);
  }

  /** Waits until the service's consumer group has read every referral published so far. */
  private void awaitReferralsRead() {
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                String.join(",", kafka.getBootstrapServers())))) {
      await("the referrals read to the end")
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(250))
          .until(() -> referralsLeft(admin) == 0);
    }
  }

  private static long referralsLeft(Admin admin) throws Exception {
    Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
    for (int partition = 0; partition < Topics.PARTITIONS; partition++) {
      latest.put(new TopicPartition(Topics.REFERRALS, partition), OffsetSpec.latest());
    }
    Map<TopicPartition, OffsetAndMetadata> committed =
        admin.listConsumerGroupOffsets("mediation-service").partitionsToOffsetAndMetadata().get();
    long left = 0;
    for (var end : admin.listOffsets(latest).all().get().entrySet()) {
      OffsetAndMetadata read = committed.get(end.getKey());
      left += end.getValue().offset() - (read == null ? 0 : read.offset());
    }
    return left;
  }

  /**
   * Per case: the events the script expects ({@link ScriptedEvents}), the last snapshot in the
   * final status.
   */
  private static Map<String, List<MediationCaseEvent>> checkEachCasesEvents(
      List<ScriptedMonthCase> cases, List<ConsumerRecord<String, byte[]>> records) {
    Map<String, List<MediationCaseEvent>> byCase =
        ScriptedEvents.check(
            cases,
            records,
            EventJson::readMediationCaseEvent,
            MediationCaseEventType::cloudEventType,
            20);
    for (ScriptedMonthCase c : cases) {
      MediationCaseEvent last = ScriptedEvents.last(byCase, c.id);
      assertThat(last.snapshot().status()).as("%s: last snapshot", c).isEqualTo(c.status);
      assertThat(last.snapshot().outcome()).as("%s", c).isEqualTo(c.outcome);
      assertThat(last.snapshot().overdue()).as("%s", c).isEqualTo(c.overdue);
      assertThat(last.snapshot().number()).isEqualTo(c.number);
      assertThat(last.snapshot().district()).isEqualTo(c.district);
      assertThat(last.snapshot().source()).isEqualTo(c.source());
    }
    return byCase;
  }

  /**
   * What hotline-service's MediationOutcomes needs to record the result on the referring ticket: a
   * closed case's event with the ticket id, the outcome and the closing time.
   */
  private static void checkTheReferringTicketsGetTheOutcome(
      List<ScriptedMonthCase> referred, Map<String, List<MediationCaseEvent>> byCase) {
    for (ScriptedMonthCase c : referred) {
      var last = ScriptedEvents.last(byCase, c.id).snapshot();
      assertThat(last.referralTicketId()).as("%s", c).isEqualTo(c.referral.ticketId());
      assertThat(last.source()).isEqualTo("HOTLINE");
      if (c.outcome != null) {
        assertThat(last.outcome()).as("%s", c).isEqualTo(c.outcome);
        assertThat(last.closedAt()).as("%s", c).isNotNull();
      } else {
        assertThat(last.closedAt()).as("%s: an open case tells the ticket nothing", c).isNull();
      }
    }
  }

  private static void printSummary(
      MonthClient http,
      ScriptedMonthScript script,
      Map<String, Long> finals,
      Map<MediationCaseEventType, Long> events,
      Map<String, Long> phases,
      long start) {
    StringBuilder out = new StringBuilder("\n=== scripted month ===\n");
    out.append("cases: ").append(script.cases.size());
    out.append(" (referrals ").append(REFERRALS).append(", each delivered twice)");
    out.append(", paths: ").append(ScriptedMonthScript.Path.values().length);
    out.append(", workers: ").append(WORKERS).append('\n');
    out.append("answers by status: ").append(http.statuses()).append('\n');
    out.append(script.tally.refusals());
    out.append("final: ").append(new TreeMap<>(finals)).append('\n');
    out.append("events: ").append(events).append('\n');
    out.append("races: ").append(script.tally.raceWinners).append('\n');
    out.append("elapsed: ").append(ScriptPhases.millisSince(start)).append(" ms ").append(phases);
    System.out.println(out);
  }

  private OutboxedDocuments cases() {
    return new OutboxedDocuments(mongo, "cases", "mediationCase", Topics.CASE_EVENTS);
  }
}
