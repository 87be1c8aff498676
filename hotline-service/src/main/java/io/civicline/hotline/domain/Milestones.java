package io.civicline.hotline.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What has happened to a ticket that the figures count: first dispatch, returns, granted
 * extensions, reopenings, referral, duplicate, supervision, the overdue flag and closing.
 */
public record Milestones(
    Instant firstDispatchedAt,
    List<Instant> returnedAt,
    List<Instant> extendedAt,
    List<Instant> reopenedAt,
    Instant referredAt,
    String duplicateOf,
    boolean supervised,
    boolean overdue,
    Instant closedAt) {

  public Milestones {
    returnedAt = returnedAt == null ? List.of() : List.copyOf(returnedAt);
    extendedAt = extendedAt == null ? List.of() : List.copyOf(extendedAt);
    reopenedAt = reopenedAt == null ? List.of() : List.copyOf(reopenedAt);
  }

  static Milestones none() {
    return new Milestones(null, List.of(), List.of(), List.of(), null, null, false, false, null);
  }

  Milestones dispatched(Instant at) {
    return new Milestones(
        firstDispatchedAt == null ? at : firstDispatchedAt,
        returnedAt,
        extendedAt,
        reopenedAt,
        referredAt,
        duplicateOf,
        supervised,
        false,
        closedAt);
  }

  Milestones returned(Instant at) {
    return new Milestones(
        firstDispatchedAt,
        plus(returnedAt, at),
        extendedAt,
        reopenedAt,
        referredAt,
        duplicateOf,
        supervised,
        false,
        closedAt);
  }

  Milestones extended(Instant at, boolean stillOverdue) {
    return new Milestones(
        firstDispatchedAt,
        returnedAt,
        plus(extendedAt, at),
        reopenedAt,
        referredAt,
        duplicateOf,
        supervised,
        stillOverdue,
        closedAt);
  }

  Milestones reopened(Instant at) {
    return new Milestones(
        firstDispatchedAt,
        returnedAt,
        extendedAt,
        plus(reopenedAt, at),
        referredAt,
        duplicateOf,
        supervised,
        false,
        closedAt);
  }

  Milestones referred(Instant at) {
    return new Milestones(
        firstDispatchedAt,
        returnedAt,
        extendedAt,
        reopenedAt,
        at,
        duplicateOf,
        supervised,
        overdue,
        closedAt);
  }

  Milestones duplicateOf(String originalId, Instant at) {
    return new Milestones(
        firstDispatchedAt,
        returnedAt,
        extendedAt,
        reopenedAt,
        referredAt,
        originalId,
        supervised,
        false,
        at);
  }

  Milestones underSupervision() {
    return new Milestones(
        firstDispatchedAt,
        returnedAt,
        extendedAt,
        reopenedAt,
        referredAt,
        duplicateOf,
        true,
        overdue,
        closedAt);
  }

  Milestones overdue(boolean value) {
    return new Milestones(
        firstDispatchedAt,
        returnedAt,
        extendedAt,
        reopenedAt,
        referredAt,
        duplicateOf,
        supervised,
        value,
        closedAt);
  }

  Milestones closed(Instant at) {
    return new Milestones(
        firstDispatchedAt,
        returnedAt,
        extendedAt,
        reopenedAt,
        referredAt,
        duplicateOf,
        supervised,
        false,
        at);
  }

  private static List<Instant> plus(List<Instant> list, Instant at) {
    List<Instant> longer = new ArrayList<>(list);
    longer.add(at);
    return longer;
  }
}
