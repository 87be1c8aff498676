package io.civicline.mediation.api;

import io.civicline.kit.lists.QueueOrder;
import io.civicline.mediation.domain.MediationCase;
import java.util.List;

/**
 * One page of a work queue, in its order; {@code next} the cursor of the next page (its {@code
 * after}), null on the last.
 */
public record CaseQueueView(List<CaseSummary> items, String next) {

  public static CaseQueueView of(QueueOrder.Page<MediationCase> page) {
    return new CaseQueueView(
        page.items().stream().map(CaseSummary::of).toList(),
        page.next() == null ? null : page.next().token());
  }
}
