package io.civicline.stats.reference;

import io.civicline.events.TicketSnapshot;
import java.util.List;

/** The snapshot hotline-service writes of a ticket (TicketSnapshots.of), with steps and solved. */
final class ModelSnapshots {

  private ModelSnapshots() {}

  static TicketSnapshot of(TicketModel t) {
    boolean dispatch = t.dispatchedAt != null;
    // as TicketSnapshots: the dispatch's department, else the newest answer's
    String department = dispatch ? t.department : t.replied ? t.replier : null;
    return new TicketSnapshot(
        t.number,
        t.status,
        t.channel,
        t.category,
        t.district,
        "NORMAL",
        department,
        t.receivedAt,
        dispatch ? t.dispatchedAt : null,
        dispatch ? t.deadline : null,
        t.overdue,
        t.replied ? t.repliedAt : null,
        t.closedAt,
        t.topic,
        t.firstDispatchedAt,
        dispatch ? t.signedAt : null,
        dispatch ? t.signedOnTime : null,
        nullIfEmpty(t.returnedAt),
        nullIfEmpty(t.extendedAt),
        t.replied ? t.replyResult : null,
        t.replied && t.replier != null ? t.replyOnTime : null,
        nullIfEmpty(t.callbacks),
        nullIfEmpty(t.reopenedAt),
        t.referredAt,
        t.mediationOutcome,
        t.duplicateOf,
        t.supervised,
        List.copyOf(t.steps),
        t.atRisk,
        t.street);
  }

  private static <T> List<T> nullIfEmpty(List<T> list) {
    return list.isEmpty() ? null : List.copyOf(list);
  }
}
