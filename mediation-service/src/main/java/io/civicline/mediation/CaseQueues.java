package io.civicline.mediation;

import io.civicline.kit.lists.QueueCursor;
import io.civicline.kit.lists.QueueOrder;
import io.civicline.kit.problem.ForbiddenException;
import io.civicline.mediation.domain.MediationCase;
import io.civicline.mediation.domain.Staff;
import io.civicline.mediation.store.QueueListing;
import org.springframework.stereotype.Service;

/**
 * The work queues as one user may read them (API and console), a page at a time: their own cases
 * under mediation, for a mediator on the roster only; the cases waiting for a mediator, of those
 * this user may list.
 */
@Service
public class CaseQueues {

  private final QueueListing queues;

  CaseQueues(QueueListing queues) {
    this.queues = queues;
  }

  public QueueOrder.Page<MediationCase> mine(Staff viewer, int size, QueueCursor after) {
    if (viewer.mediator() == null) {
      throw new ForbiddenException(
          "Your account is not on the mediators' roster: no case is yours.");
    }
    return queues.assignedTo(viewer.mediator(), size, after);
  }

  public QueueOrder.Page<MediationCase> waiting(Staff viewer, int size, QueueCursor after) {
    return queues.waiting(CaseSearch.scopeOf(viewer), size, after);
  }
}
