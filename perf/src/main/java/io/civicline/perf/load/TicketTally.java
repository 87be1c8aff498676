package io.civicline.perf.load;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One ticket's facts as hotline counts, by the table in docs/design.md: each fact in the period of
 * its own time, for the ticket's intake codes (city, district, category, topic, channel, street)
 * and for the department it is charged to; {@code open} as the ticket is now.
 */
final class TicketTally {

  /** Every hotline count, in the table's order. */
  static final List<String> COUNTS =
      List.of(
          "received",
          "callsAnswered",
          "resolvedOnFirstContact",
          "dispatched",
          "dispatches",
          "signedOnTime",
          "returned",
          "extensionRequested",
          "extended",
          "completed",
          "completedOnTime",
          "rated",
          "satisfied",
          "resolved",
          "reopened",
          "urged",
          "referred",
          "referralsConcluded",
          "referralsSuccessful",
          "referralsFailed",
          "referralsWithdrawn",
          "referralsTransferred",
          "referralsDeclined",
          "open",
          "overdue",
          "atRisk");

  private static final Set<String> SATISFIED =
      Set.of("VERY_SATISFIED", "SATISFIED", "BASICALLY_SATISFIED");

  private static final Map<String, String> BY_OUTCOME =
      Map.of(
          "SUCCESS", "referralsSuccessful",
          "FAILED", "referralsFailed",
          "WITHDRAWN", "referralsWithdrawn",
          "TRANSFERRED", "referralsTransferred",
          "DECLINED", "referralsDeclined");

  private final Map<Slice, Map<String, Long>> counts;
  private final List<Slice> intake;

  private TicketTally(Map<Slice, Map<String, Long>> counts, TicketRecord t) {
    this.counts = counts;
    List<Slice> slices = new ArrayList<>();
    slices.add(Slice.CITY);
    slices.add(new Slice("district", t.district));
    slices.add(new Slice("category", t.category));
    slices.add(new Slice("topic", t.topic));
    slices.add(new Slice("channel", t.channel));
    if (t.street != null) {
      slices.add(new Slice("street", t.street));
    }
    this.intake = List.copyOf(slices);
    // Every count of the ticket's own slices exists, zero or not.
    for (Slice slice : intake) {
      Map<String, Long> of = counts.computeIfAbsent(slice, s -> new LinkedHashMap<>());
      COUNTS.forEach(name -> of.putIfAbsent(name, 0L));
    }
  }

  /** Adds {@code t}'s facts whose time {@code inPeriod} accepts to {@code counts}. */
  static void add(
      Map<Slice, Map<String, Long>> counts, TicketRecord t, Predicate<Instant> inPeriod) {
    new TicketTally(counts, t).facts(t, inPeriod);
  }

  private void facts(TicketRecord t, Predicate<Instant> inPeriod) {
    List<TicketFact> facts = t.facts();
    // A duplicate mark withdraws the receipt: never received, never answered at intake.
    boolean duplicate = facts.stream().anyMatch(f -> f.kind() == TicketFact.Kind.DUPLICATE_MARKED);
    boolean first = true;
    for (TicketFact fact : facts) {
      boolean firstDispatch = first && fact.kind() == TicketFact.Kind.DISPATCHED;
      first &= !firstDispatch;
      if (inPeriod.test(fact.at())) {
        count(fact, duplicate, firstDispatch, t.channel);
      }
    }
    if (t.isOpen()) {
      charge("open", t.holder);
    }
  }

  private void count(TicketFact fact, boolean duplicate, boolean firstDispatch, String channel) {
    String department = fact.department();
    switch (fact.kind()) {
      case RECEIVED -> {
        if (!duplicate) {
          charge("received", null);
          if (channel.equals("PHONE")) {
            charge("callsAnswered", null);
          }
        }
      }
      case ANSWERED_AT_INTAKE -> {
        if (!duplicate) {
          charge("resolvedOnFirstContact", null);
        }
      }
      case DISPATCHED -> {
        // The city and the intake codes count the first dispatch; a department each one to it.
        if (firstDispatch) {
          charge("dispatched", null);
        }
        add(new Slice("department", department), "dispatched");
        charge("dispatches", department);
      }
      case SIGNED -> {
        if (fact.onTime()) {
          charge("signedOnTime", department);
        }
      }
      case RETURNED -> charge("returned", department);
      case EXTENSION_REQUESTED -> charge("extensionRequested", department);
      case EXTENSION_GRANTED -> charge("extended", department);
      case REPLIED -> {
        charge("completed", department);
        if (fact.onTime()) {
          charge("completedOnTime", department);
        }
      }
      case CALLED_BACK -> {
        if (fact.rated()) {
          charge("rated", department);
          if (SATISFIED.contains(fact.rating())) {
            charge("satisfied", department);
          }
          if (fact.solved()) {
            charge("resolved", department);
          }
        }
      }
      case REOPENED -> charge("reopened", department);
      case URGED -> charge("urged", department);
      case REFERRED -> charge("referred", null);
      case REFERRAL_CONCLUDED -> {
        charge("referralsConcluded", null);
        charge(BY_OUTCOME.get(fact.outcome()), null);
      }
      case DUPLICATE_MARKED -> {}
    }
  }

  /** One more for the intake slices and, when there is one, the department charged. */
  private void charge(String figure, String department) {
    List<Slice> slices = new ArrayList<>(intake);
    if (department != null) {
      slices.add(new Slice("department", department));
    }
    slices.forEach(slice -> add(slice, figure));
  }

  private void add(Slice slice, String figure) {
    if (figure == null) {
      throw new IllegalArgumentException("not a hotline figure");
    }
    counts.computeIfAbsent(slice, s -> new LinkedHashMap<>()).merge(figure, 1L, Long::sum);
  }
}
