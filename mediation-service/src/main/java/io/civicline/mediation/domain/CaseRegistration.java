package io.civicline.mediation.domain;

import static io.civicline.mediation.domain.CaseStatus.DECLINED;
import static io.civicline.mediation.domain.CaseStatus.REGISTERED;

import java.time.Instant;
import java.util.List;

/** How a case comes into being: registered (受理), or recorded and declined at once (不予受理). */
public final class CaseRegistration {

  private CaseRegistration() {}

  /** 受理: the case is taken on and its time limit starts. */
  public static MediationCase.Change register(
      String id, String number, RegisterCase command, CaseRules rules, Instant now) {
    return first(
        id, number, command, REGISTERED, TimeLimit.until(rules.deadlineFrom(now)), null, now);
  }

  /** 不予受理 at intake: the dispute is recorded, declined at once, and no time limit runs. */
  public static MediationCase.Change registerDeclined(
      String id,
      String number,
      RegisterCase command,
      DeclineReason reason,
      String note,
      Instant now) {
    return first(
        id,
        number,
        command,
        DECLINED,
        new TimeLimit(null, false, List.of()),
        new Decline(reason, note, now, command.registeredBy()),
        now);
  }

  private static MediationCase.Change first(
      String id,
      String number,
      RegisterCase command,
      CaseStatus status,
      TimeLimit timeLimit,
      Decline decline,
      Instant now) {
    Intake intake =
        new Intake(
            command.disputeType(),
            command.district(),
            command.township(),
            command.source(),
            command.parties(),
            command.summary(),
            command.referral(),
            now,
            command.registeredBy());
    CaseAction action = status == DECLINED ? CaseAction.DECLINE : CaseAction.REGISTER;
    String note = decline == null ? null : decline.note();
    HistoryEntry entry = new HistoryEntry(now, command.registeredBy(), action, null, status, note);
    MediationCase registered =
        new MediationCase(
            id,
            number,
            1,
            status,
            intake,
            null,
            List.of(),
            timeLimit,
            decline,
            null,
            null,
            List.of(entry));
    return new MediationCase.Change(registered, CaseChanges.event(registered, action.event(), now));
  }
}
