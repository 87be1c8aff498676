package io.civicline.mediation.store;

import io.civicline.kit.lists.PageCursor;
import io.civicline.kit.lists.QueueCursor;
import io.civicline.kit.lists.QueueOrder;
import io.civicline.mediation.domain.CaseScope;
import io.civicline.mediation.domain.CaseStatus;
import io.civicline.mediation.domain.MediationCase;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

/**
 * The work queues a page at a time ({@link QueueOrder}): a mediator's cases under mediation, and
 * the cases waiting for a mediator; each overdue first, then the rest, each part nearest deadline
 * first, served by its index in {@link CaseDocument}.
 */
@Repository
public class QueueListing {

  private final MongoTemplate mongo;

  QueueListing(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  public QueueOrder.Page<MediationCase> assignedTo(String mediator, int size, QueueCursor after) {
    return read(
        Criteria.where(CaseDocument.MEDIATOR)
            .is(mediator)
            .and(CaseDocument.STATUS)
            .is(CaseStatus.MEDIATING),
        size,
        after);
  }

  /** The registered cases waiting for a mediator within the scope (every one when it is null). */
  public QueueOrder.Page<MediationCase> waiting(CaseScope scope, int size, QueueCursor after) {
    Criteria registered = Criteria.where(CaseDocument.STATUS).is(CaseStatus.REGISTERED);
    return read(
        scope == null
            ? registered
            : new Criteria().andOperator(registered, CaseListing.within(scope)),
        size,
        after);
  }

  private QueueOrder.Page<MediationCase> read(Criteria cases, int size, QueueCursor after) {
    QueueOrder overdueFirst =
        new QueueOrder(CaseDocument.DEADLINE, List.of(overdue(cases, true), overdue(cases, false)));
    return overdueFirst.read(
        mongo,
        CaseDocument.class,
        size,
        after,
        CaseDocument::mediationCase,
        found -> new PageCursor(found.timeLimit().deadline(), found.id()));
  }

  private static Criteria overdue(Criteria cases, boolean overdue) {
    return new Criteria().andOperator(cases, Criteria.where(CaseDocument.OVERDUE).is(overdue));
  }
}
