package io.civicline.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.events.EventJson;
import io.civicline.events.EventSchemas;
import io.civicline.events.KafkaCloudEvents;
import io.civicline.events.ReferenceData;
import io.civicline.events.TicketEvent;
import io.civicline.events.TicketEventType;
import io.civicline.events.TicketReferral;
import io.civicline.events.Topics;
import io.civicline.kit.testing.CaseServiceTest;
import io.civicline.kit.testing.EventTypes;
import io.civicline.kit.testing.OutboxedDocuments;
import io.civicline.kit.testing.ScriptPhases;
import io.civicline.kit.testing.ScriptedEvents;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A scripted day: a thousand tickets through every path of the lifecycle over the real HTTP API, by
 * several agents and department users at once, with forbidden transitions, stale versions,
 * duplicates, other departments' tickets and concurrent updates of one ticket. At the end every
 * ticket is where the script says, the event topic holds exactly one event per successful request
 * (per type, per ticket, versions 1..n without gaps), the referral topic one record per referred
 * ticket, and the service answered no 5xx and logged no error.
 */
@CaseServiceTest(database = "hotline", partitions = 3, webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:civicline-test-users.properties")
@ExtendWith(OutputCaptureExtension.class)
class ScriptedDayTests {

  static final int TICKETS = 1_000;
  static final int WORKERS = 8;

  /** A caller's phone as the script writes them: mobile 139…, landline 0458-…. */
  private static final Pattern PHONE =
      Pattern.compile("(?<![0-9A-Za-z])(139[0-9]{8}|0458-[0-9]{7})(?![0-9A-Za-z])");

  @LocalServerPort int port;
  @Autowired ReferenceData reference;
  @Autowired KafkaConnectionDetails kafka;
  @Autowired MongoTemplate mongo;

  private long cpuAtStart;

  @DynamicPropertySource
  static void departmentUsers(DynamicPropertyRegistry registry) {
    for (ReferenceData.Code department : ReferenceData.defaults().departments()) {
      ScriptedDayClient.User staff = ScriptedDayClient.staffOf(department.code());
      String user = "civicline.security.users." + staff.name();
      registry.add(user + ".password", () -> "{noop}" + staff.password());
      registry.add(user + ".roles", () -> "DEPARTMENT");
      registry.add(user + ".department", department::code);
    }
  }

  @Test
  void aThousandTicketsGoThroughEveryPathOfTheLifecycle(CapturedOutput output) throws Exception {
    long start = System.nanoTime();
    cpuAtStart = cpuMillis();
    ScriptedDayClient http = new ScriptedDayClient(port);
    ScriptedDayScript script = new ScriptedDayScript(http, reference, TICKETS);
    List<ScriptedDayTicket> tickets = script.tickets;
    Map<String, Long> statuses = new ConcurrentHashMap<>();

    ScriptPhases phases = new ScriptPhases(WORKERS, "tickets");
    try {
      phases.run("receive", tickets, script::receive);
      phases.run("play", tickets, script::play);
      phases.run("epilogue", tickets, script::epilogue);
      phases.run("verify", tickets, t -> statuses.merge(script.verify(t), 1L, Long::sum));
    } finally {
      phases.close();
      http.close();
    }
    assertThat(http.serverErrors()).as("no 5xx answers").isEmpty();

    // Exactly the events the script caused: one per successful request, none for the others.
    Map<TicketEventType, Long> expected = ScriptedEvents.expected(TicketEventType.class, tickets);
    long expectedTotal = ScriptedEvents.total(expected);
    List<ScriptedDayTicket> referred = tickets.stream().filter(t -> t.referred).toList();

    long waitStart = System.nanoTime();
    List<ConsumerRecord<String, byte[]>> events;
    List<ConsumerRecord<String, byte[]>> referrals;
    try (ScriptedDayTopic eventTopic =
            new ScriptedDayTopic(kafka.getBootstrapServers(), Topics.TICKET_EVENTS);
        ScriptedDayTopic referralTopic =
            new ScriptedDayTopic(kafka.getBootstrapServers(), Topics.REFERRALS)) {
      ScriptedEvents.awaitPublished(
          () ->
              tickets().withOutbox() == 0
                  && eventTopic.readToEnd().size() >= expectedTotal
                  && referralTopic.readToEnd().size() >= referred.size());
      events = eventTopic.readToEnd();
      referrals = referralTopic.readToEnd();
    }
    long waited = ScriptPhases.millisSince(waitStart);

    Map<TicketEventType, Long> actual =
        EventTypes.counted(TicketEventType.class, TicketEventType::cloudEventType, events);
    assertThat(actual).as("events on %s per type", Topics.TICKET_EVENTS).isEqualTo(expected);
    assertThat(events).hasSize((int) expectedTotal);
    checkEachTicketsEvents(tickets, events);
    ScriptedEvents.checkNoPersonalData(
        events,
        PHONE,
        List.of(ScriptedDayScript.NAME_MARKER, ScriptedDayScript.DESCRIPTION_MARKER));
    checkReferrals(referred, referrals, events);

    String log = output.getAll();
    assertThat(log).as("the service's log is captured").contains("Started ScriptedDayTests");
    List<String> ourErrors =
        log.lines()
            .filter(line -> line.contains(" ERROR ") && isOurs(line))
            .collect(Collectors.toList());
    assertThat(ourErrors).as("ERROR lines logged by io.civicline classes").isEmpty();
    assertThat(log)
        .as("no unexpected-error problem")
        .doesNotContainIgnoringCase("unexpected error");
    long otherErrors = log.lines().filter(line -> line.contains(" ERROR ")).count();
    long ourWarnings = log.lines().filter(line -> line.contains(" WARN ") && isOurs(line)).count();

    printSummary(
        http,
        script,
        statuses,
        expected,
        phases.millis(),
        waited,
        ScriptPhases.millisSince(start),
        otherErrors,
        ourWarnings);
  }

  /**
   * Per ticket: the events the script expects ({@link ScriptedEvents}), the last snapshot in the
   * final status.
   */
  private static void checkEachTicketsEvents(
      List<ScriptedDayTicket> tickets, List<ConsumerRecord<String, byte[]>> records) {
    Map<String, List<TicketEvent>> byTicket =
        ScriptedEvents.check(
            tickets, records, EventJson::readTicketEvent, TicketEventType::cloudEventType, 25);
    for (ScriptedDayTicket t : tickets) {
      TicketEvent last = ScriptedEvents.last(byTicket, t.id);
      assertThat(last.snapshot().status()).as("%s: last snapshot", t).isEqualTo(t.status);
      assertThat(last.snapshot().number()).isEqualTo(t.number);
      assertThat(last.snapshot().district()).isEqualTo(t.district);
    }
  }

  /**
   * One referral per referred ticket, carrying the contact the mediator needs, while the ticket's
   * own events (the REFERRED one included) carry none of it.
   */
  private static void checkReferrals(
      List<ScriptedDayTicket> referred,
      List<ConsumerRecord<String, byte[]>> records,
      List<ConsumerRecord<String, byte[]>> events) {
    Map<String, ScriptedDayTicket> byId =
        referred.stream().collect(Collectors.toMap(t -> t.id, Function.identity()));
    assertThat(records)
        .as("records on %s", Topics.REFERRALS)
        .extracting(ConsumerRecord::key)
        .containsExactlyInAnyOrderElementsOf(byId.keySet());
    for (ConsumerRecord<String, byte[]> record : records) {
      ScriptedDayTicket t = byId.get(record.key());
      assertThat(KafkaCloudEvents.header(record.headers(), KafkaCloudEvents.TYPE))
          .contains(TicketReferral.TYPE);
      assertThat(EventSchemas.violations(TicketReferral.TYPE, record.value())).isEmpty();
      TicketReferral referral = EventJson.readTicketReferral(record.value());
      assertThat(referral.ticketId()).isEqualTo(t.id);
      assertThat(referral.ticketNumber()).isEqualTo(t.number);
      assertThat(referral.district()).isEqualTo(t.district);
      assertThat(referral.category()).isEqualTo(t.category);
      assertThat(referral.description()).isEqualTo(t.description);
      assertThat(referral.caller().anonymous()).as("%s", t).isEqualTo(t.anonymous());
      assertThat(referral.caller().phone()).as("%s: the caller's phone", t).isEqualTo(t.phone);
      assertThat(referral.caller().name())
          .as("%s", t)
          .isEqualTo(t.anonymous() ? null : t.callerName);
    }
    for (ConsumerRecord<String, byte[]> event : events) {
      ScriptedDayTicket t = byId.get(event.key());
      if (t != null) {
        String data = new String(event.value(), StandardCharsets.UTF_8);
        assertThat(data).as("%s: its events", t).doesNotContain(t.description);
        if (!t.anonymous()) {
          assertThat(data).as("%s: its events", t).doesNotContain(t.phone, t.callerName);
        }
      }
    }
    assertThat(events)
        .as("a REFERRED event for every referral")
        .filteredOn(
            e ->
                KafkaCloudEvents.header(e.headers(), KafkaCloudEvents.TYPE)
                    .orElseThrow()
                    .equals(TicketEventType.REFERRED.cloudEventType()))
        .extracting(ConsumerRecord::key)
        .containsExactlyInAnyOrderElementsOf(byId.keySet());
  }

  private static boolean isOurs(String line) {
    return line.contains(" i.c.") || line.contains("io.civicline.");
  }

  private void printSummary(
      ScriptedDayClient http,
      ScriptedDayScript script,
      Map<String, Long> statuses,
      Map<TicketEventType, Long> events,
      Map<String, Long> phases,
      long waitedMillis,
      long elapsedMillis,
      long otherErrorLines,
      long ourWarnings) {
    StringBuilder out = new StringBuilder("\n=== scripted day ===\n");
    out.append("tickets: ").append(script.tickets.size());
    out.append(", paths: ").append(ScriptedDayScript.Path.values().length);
    out.append(", workers: ").append(WORKERS).append('\n');
    out.append("requests: ").append(http.requests()).append(" by answer ");
    out.append(http.statuses()).append('\n');
    out.append(script.tally.refusals());
    out.append("final status: ").append(new TreeMap<>(statuses)).append('\n');
    out.append("events: ");
    events.forEach((type, count) -> out.append(type).append('=').append(count).append(' '));
    out.append("(total ").append(events.values().stream().mapToLong(Long::longValue).sum());
    out.append(")\n");
    out.append("referrals: ").append(script.tickets.stream().filter(t -> t.referred).count());
    out.append(" (anonymous ");
    out.append(script.tickets.stream().filter(t -> t.referred && t.anonymous()).count());
    out.append(")\n");
    out.append("races:\n");
    script.tally.raceWinners.forEach(
        (race, count) ->
            out.append("  ").append(race).append(": ").append(count.sum()).append('\n'));
    out.append("log: other ERROR lines ").append(otherErrorLines);
    out.append(", io.civicline WARN lines ").append(ourWarnings).append('\n');
    out.append("elapsed: ").append(elapsedMillis).append(" ms, test JVM cpu ");
    out.append(cpuMillis() - cpuAtStart).append(" ms (");
    phases.forEach((phase, ms) -> out.append(phase).append(' ').append(ms).append(" ms, "));
    out.append("events awaited ").append(waitedMillis).append(" ms)\n");
    System.out.println(out);
  }

  private static long cpuMillis() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? TimeUnit.NANOSECONDS.toMillis(os.getProcessCpuTime())
        : -1;
  }

  private OutboxedDocuments tickets() {
    return new OutboxedDocuments(mongo, "tickets", "ticket", Topics.TICKET_EVENTS);
  }
}
