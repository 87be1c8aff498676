package io.civicline.hotline.citizen;

import io.civicline.hotline.domain.Callback;
import io.civicline.hotline.domain.PublicProgress;
import io.civicline.hotline.domain.Ticket;
import io.civicline.hotline.domain.TicketStatus;
import java.time.Instant;
import java.util.List;

/**
 * What the lookup (进度查询) shows of a ticket: its number, status and {@link PublicProgress public
 * steps}; the department and deadline while one holds it; whether the citizen may rate the answer
 * now, their own rating once given, and how many photos they sent. Nothing anyone wrote (not the
 * citizen's description, not a note), no name, no phone, no place.
 */
record CitizenProgress(
    String number,
    TicketStatus status,
    List<PublicProgress.Step> steps,
    String department,
    Instant deadline,
    boolean mayRate,
    Callback rating,
    int photos) {

  static CitizenProgress of(Ticket ticket, Instant now) {
    boolean held = ticket.status().isWithDepartment() && ticket.dispatch() != null;
    return new CitizenProgress(
        ticket.number(),
        ticket.status(),
        PublicProgress.of(ticket),
        held ? ticket.dispatch().department() : null,
        held ? ticket.dispatch().deadline() : null,
        CitizenDesk.mayRate(ticket, now),
        ticket.callbacks().stream()
            .filter(callback -> CitizenRequestForm.RECEIVED_BY.equals(callback.by()))
            .reduce((first, second) -> second)
            .map(
                callback ->
                    new Callback(callback.at(), callback.rating(), callback.solved(), null, null))
            .orElse(null),
        CitizenPhotoView.sentWith(ticket).size());
  }
}
