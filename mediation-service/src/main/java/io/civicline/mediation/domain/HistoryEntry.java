package io.civicline.mediation.domain;

import java.time.Instant;

/**
 * One line of a case's audit trail: who did what when, the status it moved between and, for an
 * assignment or reassignment, from whom to whom the case went.
 */
public record HistoryEntry(
    Instant at,
    String by,
    CaseAction action,
    CaseStatus from,
    CaseStatus to,
    String note,
    Handover handover) {

  /** A line that moves no case between mediators. */
  public HistoryEntry(
      Instant at, String by, CaseAction action, CaseStatus from, CaseStatus to, String note) {
    this(at, by, action, from, to, note, null);
  }

  /**
   * The mediators and bodies before (none for a first assignment) and after an assignment.
   *
   * @param fromMediator the previous mediator, null for a first assignment
   */
  public record Handover(String fromMediator, String fromBody, String toMediator, String toBody) {

    static Handover between(Assignment before, Assignment after) {
      return new Handover(
          before == null ? null : before.mediator(),
          before == null ? null : before.body(),
          after.mediator(),
          after.body());
    }
  }
}
