package io.civicline.stats.reference;

import io.civicline.events.TicketEvent;
import io.civicline.events.TicketEventType;
import io.civicline.events.TicketSnapshot;
import io.civicline.events.TicketSnapshot.Callback;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The hotline table of docs/design.md ("The figures"), counted as plainly as it reads: each
 * ticket's events folded in version order, each fact taken from the event's type and the
 * current-state fields of its snapshot, never from {@code steps} and from none of stats-service's
 * classes, so that it shares no model with the topology it checks.
 */
final class ReferenceFigures {

  private static final Set<String> SATISFIED =
      Set.of("VERY_SATISFIED", "SATISFIED", "BASICALLY_SATISFIED");

  /** Statuses that are not open: closed, resolved on first contact, marked duplicate. */
  private static final Set<String> FINISHED =
      Set.of("CLOSED", "RESOLVED_ON_FIRST_CONTACT", "DUPLICATE");

  /** The statuses in which a department holds a ticket (hotline's TicketStatus.WITH_DEPARTMENT). */
  private static final Set<String> WITH_DEPARTMENT = Set.of("DISPATCHED", "SIGNED");

  private static final Map<String, String> BY_OUTCOME =
      Map.of(
          "SUCCESS", "referralsSuccessful",
          "FAILED", "referralsFailed",
          "WITHDRAWN", "referralsWithdrawn",
          "TRANSFERRED", "referralsTransferred",
          "DECLINED", "referralsDeclined");

  private static final Map<String, TicketEventType> TYPES =
      Arrays.stream(TicketEventType.values())
          .collect(Collectors.toMap(TicketEventType::cloudEventType, Function.identity()));

  private ReferenceFigures() {}

  /** Every counter of these tickets (each a list of its events), as key text → count, no zeros. */
  static Map<String, Long> countersOf(Collection<List<TicketEvent>> tickets) {
    Map<String, Long> counters = new TreeMap<>();
    tickets.forEach(events -> addCounters(events, counters));
    counters.values().removeIf(count -> count == 0);
    return counters;
  }

  static Map<String, Long> countersOf(List<TicketEvent> ticket) {
    return countersOf(List.of(ticket));
  }

  private static void addCounters(List<TicketEvent> events, Map<String, Long> counters) {
    List<TicketEvent> inOrder = inVersionOrder(events);
    TicketSnapshot intake = inOrder.get(0).snapshot();
    String street = inOrder.get(inOrder.size() - 1).snapshot().street();
    for (Fact fact : factsOf(inOrder)) {
      List<String> periods =
          fact.at() == null ? List.of(CityCalendar.NOW) : CityCalendar.periodsOf(fact.at());
      for (String period : periods) {
        for (String slice : slicesOf(fact, intake, street)) {
          counters.merge(fact.figure() + "|" + period + "|" + slice, 1L, Long::sum);
        }
      }
    }
  }

  /** One event per version, oldest first, whatever order and how often they were delivered. */
  static List<TicketEvent> inVersionOrder(List<TicketEvent> events) {
    Map<Long, TicketEvent> byVersion = new TreeMap<>();
    events.forEach(event -> byVersion.putIfAbsent(event.caseVersion(), event));
    return List.copyOf(byVersion.values());
  }

  /**
   * The intake codes are fixed at receipt, so the first snapshot's are every fact's; the street is
   * the newest snapshot's, as an agent may correct it: every fact counts for the corrected one.
   */
  private static List<String> slicesOf(Fact fact, TicketSnapshot intake, String street) {
    List<String> slices = new ArrayList<>();
    if (fact.slices() != Fact.Slices.DEPARTMENT) {
      slices.add("CITY");
      addSlice(slices, "DISTRICT", intake.district());
      addSlice(slices, "CATEGORY", intake.category());
      addSlice(slices, "TOPIC", intake.topic());
      addSlice(slices, "CHANNEL", intake.channel());
      addSlice(slices, "STREET", street);
      // the hot spots' slices: a topic in a district and in a street, for received tickets only
      if (fact.figure().equals("received") && intake.topic() != null) {
        addSlice(slices, "TOPIC_DISTRICT", intake.topic() + "." + intake.district());
        if (street != null) {
          addSlice(slices, "TOPIC_STREET", intake.topic() + "." + street);
        }
      }
    }
    if (fact.slices() != Fact.Slices.INTAKE) {
      addSlice(slices, "DEPARTMENT", fact.department());
    }
    return slices;
  }

  private static void addSlice(List<String> slices, String dimension, String code) {
    if (code != null) {
      slices.add(dimension + ":" + code);
    }
  }

  /** The facts of one ticket whose events are in version order. */
  static List<Fact> factsOf(List<TicketEvent> events) {
    List<Fact> facts = new ArrayList<>();
    List<Fact> withdrawnByDuplicateMark = new ArrayList<>();
    boolean duplicate = false;
    boolean dispatchedBefore = false;
    String previousDepartment = null;
    // Whose answer a callback or a reopening is about: null after an agent's answer at intake
    // or a mediation outcome.
    String lastReplier = null;
    for (TicketEvent event : events) {
      TicketSnapshot s = event.snapshot();
      Instant at = event.occurredAt();
      switch (TYPES.get(event.type())) {
        case RECEIVED -> {
          withdrawnByDuplicateMark.add(Fact.of("received", s.receivedAt(), null));
          if ("PHONE".equals(s.channel())) {
            withdrawnByDuplicateMark.add(Fact.of("callsAnswered", s.receivedAt(), null));
          }
          if ("RESOLVED_ON_FIRST_CONTACT".equals(s.status())) {
            withdrawnByDuplicateMark.add(Fact.of("resolvedOnFirstContact", s.receivedAt(), null));
          }
        }
        case DISPATCHED -> {
          if (!dispatchedBefore) {
            facts.add(new Fact("dispatched", at, null, Fact.Slices.INTAKE));
          }
          dispatchedBefore = true;
          facts.add(new Fact("dispatched", at, s.department(), Fact.Slices.DEPARTMENT));
          facts.add(Fact.of("dispatches", at, s.department()));
        }
        case SIGNED -> {
          // in the period of the dispatch signed for, so that the rate compares like with like
          if (Boolean.TRUE.equals(s.signedOnTime())) {
            facts.add(Fact.of("signedOnTime", s.dispatchedAt(), s.department()));
          }
        }
        case RETURNED -> facts.add(Fact.of("returned", at, previousDepartment));
        case EXTENSION_REQUESTED -> facts.add(Fact.of("extensionRequested", at, s.department()));
        case EXTENSION_GRANTED -> facts.add(Fact.of("extended", at, s.department()));
        case REPLIED -> {
          facts.add(Fact.of("completed", at, s.department()));
          if (Boolean.TRUE.equals(s.completedOnTime())) {
            facts.add(Fact.of("completedOnTime", at, s.department()));
          }
          lastReplier = s.department();
        }
        case CALLED_BACK -> facts.addAll(callbackFacts(newest(s.callbacks()), lastReplier));
        case REOPENED -> facts.add(Fact.of("reopened", at, lastReplier));
        case URGED -> facts.add(Fact.of("urged", at, s.department()));
        case REFERRED -> facts.add(Fact.of("referred", at, null));
        case MEDIATION_OUTCOME_RECORDED, REFERRAL_RETURNED -> {
          facts.add(Fact.of("referralsConcluded", at, null));
          facts.add(Fact.of(BY_OUTCOME.get(s.mediationOutcome()), at, null));
          if (TYPES.get(event.type()) == TicketEventType.MEDIATION_OUTCOME_RECORDED) {
            lastReplier = null;
          }
        }
        case MARKED_DUPLICATE -> duplicate = true;
        default -> {
          // EXTENSION_REFUSED, SUPERVISED, MARKED_OVERDUE, MARKED_AT_RISK, CLOSED, PLACE_SET,
          // FILE_ATTACHED: no fact of the period table (the live flags and the street are the
          // newest snapshot's)
        }
      }
      previousDepartment = s.department();
    }
    if (!duplicate) {
      facts.addAll(withdrawnByDuplicateMark);
    }
    facts.addAll(liveFacts(events.get(events.size() - 1).snapshot()));
    return facts;
  }

  private static Callback newest(List<Callback> callbacks) {
    return callbacks.stream().max(Comparator.comparing(Callback::at)).orElseThrow();
  }

  private static List<Fact> callbackFacts(Callback callback, String department) {
    List<Fact> facts = new ArrayList<>();
    if (!"UNREACHABLE".equals(callback.rating())) {
      facts.add(Fact.of("rated", callback.at(), department));
      if (SATISFIED.contains(callback.rating())) {
        facts.add(Fact.of("satisfied", callback.at(), department));
      }
      if (Boolean.TRUE.equals(callback.solved())) {
        facts.add(Fact.of("resolved", callback.at(), department));
      }
    }
    return facts;
  }

  /**
   * {@code open}, {@code overdue} and {@code atRisk} now, from the newest snapshot; charged to its
   * holder.
   */
  private static List<Fact> liveFacts(TicketSnapshot newest) {
    if (FINISHED.contains(newest.status())) {
      return List.of();
    }
    String holder = WITH_DEPARTMENT.contains(newest.status()) ? newest.department() : null;
    List<Fact> facts = new ArrayList<>();
    facts.add(Fact.of("open", null, holder));
    if (Boolean.TRUE.equals(newest.overdue())) {
      facts.add(Fact.of("overdue", null, holder));
    }
    if (Boolean.TRUE.equals(newest.atRisk())) {
      facts.add(Fact.of("atRisk", null, holder));
    }
    return facts;
  }
}
