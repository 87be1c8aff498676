package io.civicline.hotline.domain;

import io.civicline.events.TicketStepType;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the public may follow of a ticket (进度查询, Open311): its public steps (received, dispatched,
 * replied, reopened, referred, concluded, closed) with their times, for a dispatch the department,
 * and for a reply its public part ({@link Reply#publicReply()}), which the department wrote to be
 * shown; never a note, a name or anything else the citizen or the staff wrote otherwise.
 */
public final class PublicProgress {

  /** The steps shown to the public. */
  public static final Set<TicketAction> PUBLIC_STEPS =
      EnumSet.of(
          TicketAction.RECEIVE,
          TicketAction.DISPATCH,
          TicketAction.REPLY,
          TicketAction.REOPEN,
          TicketAction.REFER,
          TicketAction.RECORD_MEDIATION_OUTCOME,
          TicketAction.MARK_DUPLICATE,
          TicketAction.CLOSE);

  /** Statuses in which the request is finished for the public (Open311 {@code closed}). */
  public static final Set<TicketStatus> FINISHED =
      Collections.unmodifiableSet(
          EnumSet.of(
              TicketStatus.RESOLVED_ON_FIRST_CONTACT, TicketStatus.DUPLICATE, TicketStatus.CLOSED));

  /**
   * One public step: {@code department} is set for a dispatch (the department it went to), {@code
   * publicReply} for a reply that has a public part.
   */
  public record Step(
      Instant at,
      TicketAction action,
      TicketStatus status,
      String department,
      String publicReply) {}

  private PublicProgress() {}

  public static boolean finished(Ticket ticket) {
    return FINISHED.contains(ticket.status());
  }

  public static List<Step> of(Ticket ticket) {
    return ticket.history().stream()
        .filter(entry -> PUBLIC_STEPS.contains(entry.action()))
        .map(
            entry ->
                new Step(
                    entry.at(),
                    entry.action(),
                    entry.to(),
                    departmentOf(ticket, entry),
                    entry.publicReply()))
        .toList();
  }

  /** The last public step: what the public saw change last, and when. */
  public static Optional<Step> last(Ticket ticket) {
    List<Step> steps = of(ticket);
    return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1));
  }

  private static String departmentOf(Ticket ticket, HistoryEntry entry) {
    if (entry.action() != TicketAction.DISPATCH || ticket.steps() == null) {
      return null;
    }
    return ticket.steps().stream()
        .filter(step -> step.type() == TicketStepType.DISPATCHED)
        .filter(step -> step.at().equals(entry.at()))
        .map(TicketStep::department)
        .findFirst()
        .orElse(null);
  }
}
