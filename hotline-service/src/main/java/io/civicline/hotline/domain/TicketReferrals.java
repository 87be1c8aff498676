package io.civicline.hotline.domain;

import io.civicline.events.TicketReferral;
import java.time.Instant;
import java.util.UUID;

/**
 * The referral a ticket hands to mediation: the caller's contact and the description travel on the
 * referral topic only, never on the ticket events.
 */
final class TicketReferrals {

  private TicketReferrals() {}

  static TicketReferral of(Ticket ticket, String note, String by, Instant now) {
    Intake intake = ticket.intake();
    return new TicketReferral(
        TicketReferral.TYPE,
        UUID.randomUUID().toString(),
        ticket.id(),
        ticket.number(),
        now,
        by,
        intake.district(),
        intake.category(),
        intake.topic(),
        new TicketReferral.Contact(
            intake.caller().name(), intake.caller().phone(), intake.caller().anonymous()),
        intake.description(),
        note);
  }
}
