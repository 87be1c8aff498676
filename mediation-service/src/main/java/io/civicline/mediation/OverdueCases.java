package io.civicline.mediation;

import io.civicline.mediation.domain.MediationCase;
import io.civicline.mediation.store.CaseStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/** The open cases past their time limit, and their marking as overdue, for the overdue watcher. */
@Service
public class OverdueCases {

  private final CaseStore store;
  private final Clock clock;

  OverdueCases(CaseStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public List<MediationCase> dueToBeMarkedOverdue(Instant now, int limit) {
    return store.dueToBeMarkedOverdue(now, limit);
  }

  public Instant now() {
    return clock.instant();
  }

  /**
   * Marks a case overdue for the watcher; false if it changed meanwhile (the next round sees it
   * again) or is no longer due.
   */
  public boolean markOverdue(MediationCase mediationCase) {
    Instant now = clock.instant();
    return mediationCase.isDueToBeMarkedOverdue(now)
        && store.update(mediationCase.markOverdue(now), mediationCase.version());
  }
}
