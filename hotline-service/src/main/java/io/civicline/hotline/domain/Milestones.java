package io.civicline.hotline.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What has happened to a ticket that the figures count: first dispatch, returns, granted
 * extensions, reopenings, referral, duplicate, supervision, the overdue and at-risk flags, closing,
 * urges (the department queue puts urged tickets first) and mediation's answers to the referrals.
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
    boolean atRisk,
    Instant closedAt,
    List<Instant> urgedAt,
    List<ReferralConclusion> referralsConcluded) {

  public Milestones {
    returnedAt = returnedAt == null ? List.of() : List.copyOf(returnedAt);
    extendedAt = extendedAt == null ? List.of() : List.copyOf(extendedAt);
    reopenedAt = reopenedAt == null ? List.of() : List.copyOf(reopenedAt);
    urgedAt = urgedAt == null ? List.of() : List.copyOf(urgedAt);
    referralsConcluded = referralsConcluded == null ? List.of() : List.copyOf(referralsConcluded);
  }

  static Milestones none() {
    return new Milestones(
        null, List.of(), List.of(), List.of(), null, null, false, false, false, null, List.of(),
        List.of());
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
        false,
        closedAt,
        urgedAt,
        referralsConcluded);
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
        false,
        closedAt,
        urgedAt,
        referralsConcluded);
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
        atRisk,
        closedAt,
        urgedAt,
        referralsConcluded);
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
        false,
        closedAt,
        urgedAt,
        referralsConcluded);
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
        atRisk,
        closedAt,
        urgedAt,
        referralsConcluded);
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
        false,
        at,
        urgedAt,
        referralsConcluded);
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
        atRisk,
        closedAt,
        urgedAt,
        referralsConcluded);
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
        false,
        closedAt,
        urgedAt,
        referralsConcluded);
  }

  /** 预警: set by the SLA watcher; cleared when overdue or when the department no longer holds it. */
  Milestones atRisk(boolean value) {
    return new Milestones(
        firstDispatchedAt,
        returnedAt,
        extendedAt,
        reopenedAt,
        referredAt,
        duplicateOf,
        supervised,
        overdue,
        value,
        closedAt,
        urgedAt,
        referralsConcluded);
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
        false,
        at,
        urgedAt,
        referralsConcluded);
  }

  Milestones urged(Instant at) {
    return new Milestones(
        firstDispatchedAt,
        returnedAt,
        extendedAt,
        reopenedAt,
        referredAt,
        duplicateOf,
        supervised,
        overdue,
        atRisk,
        closedAt,
        plus(urgedAt, at),
        referralsConcluded);
  }

  Milestones referralConcluded(ReferralConclusion conclusion) {
    return new Milestones(
        firstDispatchedAt,
        returnedAt,
        extendedAt,
        reopenedAt,
        referredAt,
        duplicateOf,
        supervised,
        overdue,
        atRisk,
        closedAt,
        urgedAt,
        plus(referralsConcluded, conclusion));
  }

  /** Whether mediation's answer from this case is already recorded. */
  boolean hasConclusionOf(String caseId) {
    return referralsConcluded.stream().anyMatch(c -> c.caseId().equals(caseId));
  }

  /** The outcome of the latest referral mediation answered, or null. */
  MediationOutcome lastReferralOutcome() {
    return referralsConcluded.isEmpty()
        ? null
        : referralsConcluded.get(referralsConcluded.size() - 1).outcome();
  }

  private static <T> List<T> plus(List<T> list, T item) {
    List<T> longer = new ArrayList<>(list);
    longer.add(item);
    return longer;
  }
}
