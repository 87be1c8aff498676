package io.civicline.localstack.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the load did to one ticket and what the hotline answered, kept by the one client thread that
 * works it: the record the expected figures are computed from, never the stats themselves.
 */
final class TicketRecord {

  /** Statuses in which a ticket no longer counts as open. */
  static final Set<String> FINISHED = Set.of("RESOLVED_ON_FIRST_CONTACT", "DUPLICATE", "CLOSED");

  final TicketJourney journey;
  final String channel;
  final String category;
  final String topic;
  final String district;

  /** Where an agent dispatches it first, and second for a returned one. */
  final String firstDepartment;

  final String secondDepartment;

  /** The callback rating that ends its journey. */
  final String rating;

  /** For a duplicate: the earlier ticket it repeats. */
  TicketRecord original;

  String id;
  String number;
  long version;
  String status;
  boolean duplicate;
  boolean answeredAtIntake;
  boolean dispatched;

  /** The department the ticket is with now: of its current dispatch. */
  String department;

  /** Whether its current dispatch was signed for (all within the window in a load run). */
  boolean signed;

  int returns;
  int extensionsGranted;
  boolean replied;
  boolean repliedByDepartment;
  final List<String> ratings = new ArrayList<>();
  int reopens;
  boolean referred;

  /** The step that failed, if one did: the ticket is then left out of the comparison. */
  String failure;

  TicketRecord(
      TicketJourney journey,
      String channel,
      String category,
      String topic,
      String district,
      String firstDepartment,
      String secondDepartment,
      String rating) {
    this.journey = journey;
    this.channel = channel;
    this.category = category;
    this.topic = topic;
    this.district = district;
    this.firstDepartment = firstDepartment;
    this.secondDepartment = secondDepartment;
    this.rating = rating;
  }

  boolean isOpen() {
    return status != null && !FINISHED.contains(status);
  }

  @Override
  public String toString() {
    return journey + " " + (number == null ? "(not created)" : number) + " " + status;
  }
}
