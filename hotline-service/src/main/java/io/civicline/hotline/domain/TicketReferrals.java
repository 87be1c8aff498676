package io.civicline.hotline.domain;

import io.civicline.events.TicketEventType;
import io.civicline.events.TicketReferral;
import io.civicline.events.TicketStepType;
import java.time.Instant;
import java.util.UUID;

/**
 * A ticket's way to mediation and back: the referral it hands over (the caller's contact and the
 * description travel on the referral topic only, never on the ticket events), and mediation's
 * answer.
 */
final class TicketReferrals {

  private TicketReferrals() {}

  static Ticket.Change refer(Ticket ticket, String note, String by, Instant now) {
    ticket.require(
        ticket.status() == TicketStatus.RECEIVED,
        "only a ticket waiting in the agents' queue can be referred");
    Ticket.Change change =
        ticket
            .take(TicketAction.REFER, TicketEventType.REFERRED, by, now)
            .to(TicketStatus.REFERRED)
            .dispatch(null)
            .milestones(ticket.milestones().referred(now))
            .note(note)
            .caused(TicketStep.of(TicketStepType.REFERRED, now, null))
            .change();
    return new Ticket.Change(change.ticket(), change.events(), of(ticket, note, by, now));
  }

  /**
   * Mediation's answer to the referral: a mediated case (success or failure) answers the citizen
   * like a department's reply; otherwise the ticket goes back to the agents' queue.
   */
  static Ticket.Change conclude(
      Ticket ticket, String caseId, MediationOutcome outcome, Instant now) {
    ticket.require(
        ticket.status() == TicketStatus.REFERRED,
        "only a referred ticket waits for a mediation outcome");
    ReferralConclusion conclusion = new ReferralConclusion(caseId, outcome, now);
    boolean answered = !outcome.returnsTicket();
    TicketEventType type =
        answered ? TicketEventType.MEDIATION_OUTCOME_RECORDED : TicketEventType.REFERRAL_RETURNED;
    return ticket
        .take(TicketAction.RECORD_MEDIATION_OUTCOME, type, Ticket.MEDIATION, now)
        .to(answered ? TicketStatus.REPLIED : TicketStatus.RECEIVED)
        .dispatch(null)
        .reply(answered ? outcome.replyOf(caseId, now) : ticket.reply())
        .milestones(ticket.milestones().referralConcluded(conclusion))
        .note(outcome.reason())
        .caused(TicketStep.concluded(conclusion))
        .change();
  }

  private static TicketReferral of(Ticket ticket, String note, String by, Instant now) {
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
