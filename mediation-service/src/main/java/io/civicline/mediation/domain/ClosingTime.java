package io.civicline.mediation.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One closing of a case, at its own time: the figures count each, a reopen takes none away. */
public record ClosingTime(Instant at, Outcome outcome) {

  /**
   * Every closing, from the audit trail: only a FAILED case can be reopened, so each closing before
   * the current one failed; the current one, if the case is closed, has the closing's outcome. The
   * trail has every closing of cases stored before closings were listed, too.
   */
  public static List<ClosingTime> all(MediationCase mediation) {
    List<Instant> closedAt =
        mediation.history().stream()
            .filter(entry -> entry.action() == CaseAction.CLOSE)
            .map(HistoryEntry::at)
            .toList();
    List<ClosingTime> closings = new ArrayList<>();
    for (int i = 0; i < closedAt.size(); i++) {
      boolean current = i == closedAt.size() - 1 && mediation.closing() != null;
      Outcome outcome = current ? mediation.closing().outcome() : Outcome.FAILED;
      closings.add(new ClosingTime(closedAt.get(i), outcome));
    }
    return List.copyOf(closings);
  }
}
