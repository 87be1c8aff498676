package io.civicline.hotline.domain;

import io.civicline.events.TicketStepType;
import java.util.EnumSet;
import java.util.Set;

/**
 * The work queues a ticket waits in, the rules in one place: the store keeps their answers with the
 * ticket, so that an index serves each queue in its order.
 */
public final class TicketQueues {

  /** The part of a department's queue first shown: urged (催办) to it, at risk or overdue. */
  public static final int URGENT = 0;

  /** The part of a department's queue shown after the urgent one. */
  public static final int OTHER = 1;

  private static final Set<TicketStatus> ANSWERED_OR_WAITING =
      EnumSet.of(TicketStatus.RECEIVED, TicketStatus.REPLIED, TicketStatus.CALLED_BACK);

  private TicketQueues() {}

  /**
   * Whether agents must act on the ticket: it waits for routing (new, returned, reopened), for its
   * callback or closing, it has a pending extension request, or it is overdue.
   */
  public static boolean waitsForAgents(Ticket ticket) {
    return ANSWERED_OR_WAITING.contains(ticket.status())
        || (ticket.dispatch() != null && ticket.dispatch().extensionRequest() != null)
        || ticket.milestones().overdue();
  }

  /**
   * The part of its department's queue the ticket is in ({@link #URGENT} or {@link #OTHER}), or
   * null when no department holds it.
   */
  public static Integer departmentPart(Ticket ticket) {
    if (!ticket.status().isWithDepartment()) {
      return null;
    }
    String department = ticket.dispatch().department();
    // A ticket stored before steps existed has none (null): no urge of it is known.
    boolean urged =
        ticket.steps() != null
            && ticket.steps().stream()
                .anyMatch(
                    step ->
                        step.type() == TicketStepType.URGED
                            && department.equals(step.department()));
    boolean urgent = urged || ticket.milestones().atRisk() || ticket.milestones().overdue();
    return urgent ? URGENT : OTHER;
  }
}
