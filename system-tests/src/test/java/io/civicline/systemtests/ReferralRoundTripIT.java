package io.civicline.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.civicline.events.EventJson;
import io.civicline.events.KafkaCloudEvents;
import io.civicline.events.MediationCaseEventType;
import io.civicline.events.TicketEventType;
import io.civicline.events.TopicRecords;
import io.civicline.events.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Across the running processes, at-least-once delivery of referrals: 100 hotline tickets are
 * referred to mediation and every referral record is delivered twice; mediation-service makes
 * exactly one case per ticket; a mediator closes each with a scripted outcome; every ticket shows
 * its case's outcome (a mediated one as its reply, a withdrawal or transfer handed back to the
 * agents' queue), and each closing and each answer on a ticket is published exactly once.
 */
class ReferralRoundTripIT {

  private static final int TICKETS = 100;
  private static final List<String> OUTCOMES =
      List.of("SUCCESS", "FAILED", "WITHDRAWN", "TRANSFERRED");
  private static final int THREADS = 4;

  /** mediation-service's consumer group of {@link Topics#REFERRALS}. */
  private static final String REFERRALS_GROUP = "mediation-service";

  private final LaunchedStack stack = new LaunchedStack();
  private final StackHttp http = new StackHttp();
  private final DeskSteps desk = new DeskSteps(http, stack);

  @TempDir Path data;

  @AfterEach
  void stopTheStack() throws Exception {
    stack.close();
  }

  @Test
  void referralsDeliveredTwiceEndAsOneCaseEachWhoseOutcomeComesBackToItsTicket() throws Exception {
    Duration startup = stack.start(data);
    System.out.printf("The stack was ready after %.1f s%n", startup.toMillis() / 1000.0);

    // An agent receives and refers 100 tickets.
    long referring = System.nanoTime();
    List<String> tickets =
        inParallel(
            IntStream.range(0, TICKETS).boxed().toList(),
            i -> {
              String ticketId = desk.receiveTicket();
              desk.refer(ticketId);
              return ticketId;
            });
    Set<String> ticketIds = Set.copyOf(tickets);
    assertThat(ticketIds).hasSize(TICKETS);
    System.out.printf(
        "%d tickets received and referred in %d ms%n", TICKETS, millisSince(referring));

    // Each referral is on the topic once; deliver each again, as a redelivery would.
    long relayed = System.nanoTime();
    List<ConsumerRecord<String, byte[]>> referrals =
        await("one referral record per ticket on " + Topics.REFERRALS)
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> referralsOf(ticketIds), found -> found.size() >= TICKETS);
    assertThat(countByKey(referrals)).as("referral records per ticket").hasSize(TICKETS);
    assertThat(countByKey(referrals).values()).as("referral records per ticket").containsOnly(1L);
    for (ConsumerRecord<String, byte[]> referral : referrals) {
      assertThat(EventJson.readTicketReferral(referral.value()).ticketId())
          .isEqualTo(referral.key());
      assertThat(KafkaCloudEvents.header(referral.headers(), KafkaCloudEvents.TYPE))
          .contains("civicline.ticket.referral.v1");
    }
    System.out.printf(
        "The %d referral records were on %s after %d ms%n",
        referrals.size(), Topics.REFERRALS, millisSince(relayed));

    try (KafkaProducer<String, byte[]> producer = stack.producer()) {
      List<Future<RecordMetadata>> sent = new ArrayList<>();
      for (ConsumerRecord<String, byte[]> referral : referrals) {
        sent.add(
            producer.send(
                new ProducerRecord<>(
                    Topics.REFERRALS,
                    referral.partition(),
                    referral.key(),
                    referral.value(),
                    referral.headers())));
      }
      for (Future<RecordMetadata> future : sent) {
        future.get();
      }
    }
    List<ConsumerRecord<String, byte[]>> delivered = referralsOf(ticketIds);
    assertThat(countByKey(delivered).values())
        .as("referral records per ticket after the redelivery")
        .hasSize(TICKETS)
        .containsOnly(2L);

    // mediation-service has read every record, the copies included: one case per ticket.
    long consuming = System.nanoTime();
    stack.awaitConsumed(Topics.REFERRALS, REFERRALS_GROUP, Duration.ofSeconds(30));
    System.out.printf(
        "mediation-service had consumed all %d referral records %d ms after the redelivery%n",
        delivered.size(), millisSince(consuming));
    Map<String, String> caseOfTicket = new ConcurrentHashMap<>();
    inParallel(
        tickets,
        ticketId -> {
          JsonNode cases = desk.casesOf(ticketId);
          assertThat(cases.size()).as("cases of ticket %s: %s", ticketId, cases).isEqualTo(1);
          caseOfTicket.put(ticketId, cases.get(0).get("id").asString());
          return null;
        });
    assertThat(Set.copyOf(caseOfTicket.values())).as("distinct cases").hasSize(TICKETS);
    List<String> hotlineCases = allHotlineCases();
    assertThat(hotlineCases)
        .as("every case from the hotline")
        .hasSize(TICKETS)
        .containsExactlyInAnyOrderElementsOf(caseOfTicket.values());

    // A mediator closes each case with its scripted outcome; each ticket shows it.
    Map<String, String> outcomeOfTicket = new HashMap<>();
    for (int i = 0; i < tickets.size(); i++) {
      outcomeOfTicket.put(tickets.get(i), OUTCOMES.get(i % OUTCOMES.size()));
    }
    long mediating = System.nanoTime();
    inParallel(
        tickets,
        ticketId -> {
          desk.mediate(caseOfTicket.get(ticketId), outcomeOfTicket.get(ticketId));
          return null;
        });
    System.out.printf(
        "%d cases assigned, mediated and closed in %d ms%n", TICKETS, millisSince(mediating));
    long answering = System.nanoTime();
    inParallel(
        tickets,
        ticketId -> {
          String outcome = outcomeOfTicket.get(ticketId);
          boolean answered = DeskSteps.answersTheTicket(outcome);
          JsonNode ticket =
              desk.awaitStatus(ticketId, answered ? "REPLIED" : "RECEIVED", Duration.ofSeconds(30));
          // A mediated case answers the ticket; any other is mediation's answer handed back.
          JsonNode answer =
              answered
                  ? ticket.path("reply")
                  : ticket.path("milestones").path("referralsConcluded").path(0);
          assertThat(answer.path(answered ? "mediationOutcome" : "outcome").asString())
              .as("outcome on ticket %s", ticketId)
              .isEqualTo(outcome);
          assertThat(answer.path(answered ? "mediationCaseId" : "caseId").asString())
              .as("case on ticket %s", ticketId)
              .isEqualTo(caseOfTicket.get(ticketId));
          return null;
        });
    System.out.printf(
        "Every ticket showed its outcome %d ms after the last close%n", millisSince(answering));
    Map<String, Long> scripted =
        new TreeMap<>(
            outcomeOfTicket.values().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())));
    System.out.println("Outcomes: " + scripted);

    // Each closing and each recorded outcome was published exactly once.
    Set<String> caseIds = Set.copyOf(caseOfTicket.values());
    String closedType = MediationCaseEventType.CLOSED.cloudEventType();
    Map<String, Long> closedPerCase =
        await("a CLOSED event per case on " + Topics.CASE_EVENTS)
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(500))
            .until(
                () -> countByKey(ofType(Topics.CASE_EVENTS, closedType)),
                counts -> counts.keySet().containsAll(caseIds));
    assertThat(closedPerCase).as("CLOSED events per case").hasSize(TICKETS);
    assertThat(closedPerCase.values()).as("CLOSED events per case").containsOnly(1L);
    assertThat(closedPerCase.keySet()).isEqualTo(caseIds);

    // Mediation's answer on each ticket was published exactly once, as its kind of event.
    Map<String, Long> answeredPerTicket = new TreeMap<>();
    for (TicketEventType type :
        List.of(TicketEventType.MEDIATION_OUTCOME_RECORDED, TicketEventType.REFERRAL_RETURNED)) {
      Set<String> ofThisType =
          ticketIds.stream()
              .filter(
                  id ->
                      DeskSteps.answersTheTicket(outcomeOfTicket.get(id))
                          == (type == TicketEventType.MEDIATION_OUTCOME_RECORDED))
              .collect(Collectors.toSet());
      Map<String, Long> perTicket =
          await("a " + type + " event per ticket on " + Topics.TICKET_EVENTS)
              .atMost(Duration.ofSeconds(30))
              .pollInterval(Duration.ofMillis(500))
              .until(
                  () -> countByKey(ofType(Topics.TICKET_EVENTS, type.cloudEventType())),
                  counts -> counts.keySet().containsAll(ofThisType));
      assertThat(perTicket.keySet()).as(type + " tickets").isEqualTo(ofThisType);
      assertThat(perTicket.values()).as(type + " per ticket").containsOnly(1L);
      answeredPerTicket.putAll(perTicket);
    }
    assertThat(answeredPerTicket.keySet()).isEqualTo(ticketIds);
    System.out.printf(
        "%s: %d CLOSED events for %d cases; %s: %d answers (outcome recorded or referral"
            + " returned) for %d tickets%n",
        Topics.CASE_EVENTS,
        sum(closedPerCase),
        closedPerCase.size(),
        Topics.TICKET_EVENTS,
        sum(answeredPerTicket),
        answeredPerTicket.size());

    assertThat(http.serverErrors()).as("HTTP 5xx answers").isEmpty();
    for (String service : LaunchedStack.SERVICES) {
      assertThat(stack.logLines(List.of(service), "INFO"))
          .as("INFO lines in %s's log: the level is where the scan looks", service)
          .isNotEmpty();
    }
    List<String> errors = stack.logLines(LaunchedStack.SERVICES, "ERROR");
    List<String> warnings = stack.logLines(LaunchedStack.SERVICES, "WARN");
    warnings.forEach(line -> System.out.println("  " + line));
    System.out.printf(
        "HTTP 5xx answers: %d; in the services' logs (%s): %d ERROR, %d WARN lines%n",
        http.serverErrors().size(), stack.logs(), errors.size(), warnings.size());
    assertThat(errors).as("ERROR lines in the services' logs").isEmpty();
  }

  /** The referral records of these tickets, copies included. */
  private List<ConsumerRecord<String, byte[]>> referralsOf(Set<String> ticketIds) {
    return TopicRecords.all(stack.bootstrapServers(), Topics.REFERRALS).stream()
        .filter(record -> ticketIds.contains(record.key()))
        .toList();
  }

  private List<ConsumerRecord<String, byte[]>> ofType(String topic, String type) {
    return TopicRecords.all(stack.bootstrapServers(), topic).stream()
        .filter(
            record ->
                KafkaCloudEvents.header(record.headers(), KafkaCloudEvents.TYPE)
                    .filter(type::equals)
                    .isPresent())
        .toList();
  }

  private static Map<String, Long> countByKey(List<ConsumerRecord<String, byte[]>> records) {
    return records.stream()
        .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
  }

  private static long sum(Map<String, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The ids of every case registered from the hotline, page by page. */
  private List<String> allHotlineCases() throws Exception {
    List<String> ids = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonNode found =
          http.getJson(
              stack.mediation, "/api/cases?source=HOTLINE&size=100&page=" + page, "mediator");
      found.path("items").forEach(item -> ids.add(item.get("id").asString()));
      if (!found.path("hasNext").asBoolean()) {
        return ids;
      }
    }
  }

  /** Runs the step for every item on a few threads; the results in the items' order. */
  private static <T, R> List<R> inParallel(List<T> items, Step<T, R> step) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<R>> futures = new ArrayList<>();
      for (T item : items) {
        futures.add(threads.submit(() -> step.apply(item)));
      }
      List<R> results = new ArrayList<>();
      for (Future<R> future : futures) {
        try {
          results.add(future.get());
        } catch (ExecutionException e) {
          if (e.getCause() instanceof Error error) {
            throw error;
          }
          throw e;
        }
      }
      return results;
    } finally {
      threads.shutdownNow();
    }
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }

  @FunctionalInterface
  private interface Step<T, R> {
    R apply(T item) throws Exception;
  }
}
