package io.civicline.hotline.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * 预警, the rule in one place: a ticket a department holds is at risk once past 75 % of its time,
 * from the dispatch to the deadline in force, and not yet overdue, so that the department is warned
 * while a quarter of its time is left. The SLA watcher marks it ({@link Ticket#markAtRisk}).
 */
public final class AtRisk {

  private AtRisk() {}

  /** When a ticket of this dispatch becomes at risk. */
  static Instant from(Dispatch dispatch) {
    Duration time = Duration.between(dispatch.dispatchedAt(), dispatch.deadline());
    return dispatch.dispatchedAt().plus(time.multipliedBy(3).dividedBy(4));
  }

  /** The time the SLA watcher watches, while a deadline runs and the ticket is not yet marked. */
  public static Optional<Instant> runningTime(Ticket ticket) {
    return ticket
        .runningDeadline()
        .filter(deadline -> !ticket.milestones().atRisk())
        .map(deadline -> from(ticket.dispatch()));
  }

  /** Whether the SLA watcher should mark the ticket at risk at {@code now}: not if overdue. */
  public static boolean isDue(Ticket ticket, Instant now) {
    return runningTime(ticket).filter(risk -> !risk.isAfter(now)).isPresent()
        && !ticket.isDueToBeMarkedOverdue(now);
  }
}
