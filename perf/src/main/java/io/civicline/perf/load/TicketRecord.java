package io.civicline.perf.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the load did to one ticket and what the hotline answered, kept by the one client thread that
 * works it: the plan (codes, journey, where it goes, how the citizen answers), the facts in the
 * order they happened, and the state last seen. The expected figures are computed from the facts,
 * never from the stats themselves.
 */
final class TicketRecord {

  /** Statuses in which a ticket no longer counts as open. */
  static final Set<String> FINISHED = Set.of("RESOLVED_ON_FIRST_CONTACT", "DUPLICATE", "CLOSED");

  final TicketJourney journey;
  final String channel;
  final String category;
  final String topic;
  final String district;

  /** A street (街道/乡镇) of the district, or null where the reference data lists none. */
  final String street;

  /**
   * Where an agent dispatches it first, and next: after a return (another department), after a
   * reopen (the same or another), after a referral mediation handed back (the first again).
   */
  final String firstDepartment;

  final String secondDepartment;

  /** The callback rating that ends its journey, and whether the citizen then says it is solved. */
  final String rating;

  final boolean solved;

  /** How often an agent urges the department before it replies. */
  final int urges;

  /** For a duplicate: the earlier ticket it repeats. */
  TicketRecord original;

  String id;
  String number;
  long version;
  String status;

  /** The department holding the ticket as last seen (DISPATCHED or SIGNED), else null. */
  String holder;

  /** The step that failed, if one did; the facts before it still count. */
  String failure;

  private final List<TicketFact> facts = new ArrayList<>();

  TicketRecord(
      TicketJourney journey,
      String channel,
      String category,
      String topic,
      String district,
      String street,
      String firstDepartment,
      String secondDepartment,
      String rating,
      boolean solved,
      int urges) {
    this.journey = journey;
    this.channel = channel;
    this.category = category;
    this.topic = topic;
    this.district = district;
    this.street = street;
    this.firstDepartment = firstDepartment;
    this.secondDepartment = secondDepartment;
    this.rating = rating;
    this.solved = solved;
    this.urges = urges;
  }

  void add(TicketFact fact) {
    facts.add(fact);
  }

  List<TicketFact> facts() {
    return List.copyOf(facts);
  }

  /**
   * The department whose reply a callback or a reopen is about: that of the newest answer, none
   * when it was the agent's at intake or mediation's outcome.
   */
  String answeredBy() {
    for (int i = facts.size() - 1; i >= 0; i--) {
      TicketFact fact = facts.get(i);
      switch (fact.kind()) {
        case REPLIED:
          return fact.department();
        case ANSWERED_AT_INTAKE, REFERRAL_CONCLUDED:
          return null;
        default:
          break;
      }
    }
    return null;
  }

  boolean isOpen() {
    return status != null && !FINISHED.contains(status);
  }

  @Override
  public String toString() {
    return journey + " " + (number == null ? "(not created)" : number) + " " + status;
  }
}
