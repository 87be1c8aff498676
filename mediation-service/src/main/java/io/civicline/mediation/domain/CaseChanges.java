package io.civicline.mediation.domain;

import io.civicline.events.MediationCaseEvent;
import io.civicline.events.MediationCaseEventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * How a case moves to its next version: the changed state, one more line in the audit trail, the
 * version one higher, and the one event that says so, carrying that version and the new snapshot.
 */
final class CaseChanges {

  private CaseChanges() {}

  /** The next version of {@code before}: {@code changed}'s state, the trail one line longer. */
  static MediationCase.Change next(
      MediationCase before,
      MediationCase changed,
      CaseAction action,
      Instant at,
      String by,
      String note,
      HistoryEntry.Handover handover) {
    List<HistoryEntry> longer = new ArrayList<>(before.history());
    longer.add(new HistoryEntry(at, by, action, before.status(), changed.status(), note, handover));
    MediationCase next =
        new MediationCase(
            before.id(),
            before.number(),
            before.version() + 1,
            changed.status(),
            before.intake(),
            changed.assignment(),
            changed.sessions(),
            changed.timeLimit(),
            changed.decline(),
            changed.closing(),
            changed.reopenedAt(),
            longer);
    return new MediationCase.Change(next, event(next, action.event(), at));
  }

  /** The event of the case's current version. */
  static MediationCaseEvent event(
      MediationCase mediation, MediationCaseEventType type, Instant at) {
    return new MediationCaseEvent(
        type.cloudEventType(),
        UUID.randomUUID().toString(),
        mediation.id(),
        mediation.version(),
        at,
        CaseSnapshots.of(mediation));
  }
}
