package io.civicline.mediation.events;

import io.civicline.events.MalformedEventException;
import io.civicline.events.ReferenceData;
import io.civicline.events.TicketReferral;
import io.civicline.events.Topics;
import io.civicline.kit.kafka.EventRecords;
import io.civicline.mediation.IntakeDesk;
import io.civicline.mediation.domain.HotlineReferral;
import io.civicline.mediation.domain.MediationCase;
import io.civicline.mediation.domain.Party;
import io.civicline.mediation.domain.PartyRole;
import io.civicline.mediation.domain.RegisterCase;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the tickets the hotline refers to mediation and registers one case per referral, with the
 * caller as the applicant, source {@value #SOURCE}, and the dispute type the ticket's topic
 * suggests. A redelivered referral creates nothing; an unreadable one, one without its id, one
 * naming a district the city does not have, or one with texts longer than the contract allows goes
 * to the dead-letter topic.
 */
@Component
class HotlineReferrals {

  static final String SOURCE = "HOTLINE";

  /** The dispute type of a referral whose ticket topic no dispute type claims. */
  static final String OTHER = "OTHER";

  private static final Logger log = LoggerFactory.getLogger(HotlineReferrals.class);

  private final IntakeDesk desk;
  private final ReferenceData reference;

  HotlineReferrals(IntakeDesk desk, ReferenceData reference) {
    this.desk = desk;
    this.reference = reference;
  }

  @KafkaListener(
      id = "hotline-referrals",
      topics = Topics.REFERRALS,
      groupId = "${civicline.mediation.referrals-group:mediation-service}")
  void accept(ConsumerRecord<String, byte[]> record) {
    TicketReferral referral = EventRecords.referral(record);
    desk.registerReferral(commandOf(referral))
        .map(MediationCase::number)
        .ifPresent(
            number ->
                log.info(
                    "registered case {} for 12345 ticket {}", number, referral.ticketNumber()));
  }

  private RegisterCase commandOf(TicketReferral referral) {
    if (isBlank(referral.eventId())
        || isBlank(referral.ticketId())
        || referral.referredAt() == null) {
      // Without its own id a referral could not be told from its redelivery.
      throw new MalformedEventException("referral without eventId, ticketId or referredAt");
    }
    if (reference.district(referral.district()).isEmpty()) {
      throw new MalformedEventException("referral with unknown district " + referral.district());
    }
    TicketReferral.Contact caller = referral.caller();
    if (longer(referral.description(), 4000)
        || longer(referral.note(), 1000)
        || (caller != null && (longer(caller.name(), 50) || longer(caller.phone(), 20)))) {
      throw new MalformedEventException("referral with a text longer than the contract allows");
    }
    String disputeType =
        referral.topic() == null
            ? OTHER
            : reference
                .disputeTypeOfTicketTopic(referral.topic())
                .map(ReferenceData.DisputeType::code)
                .orElse(OTHER);
    return new RegisterCase(
        disputeType,
        referral.district(),
        null,
        SOURCE,
        applicant(referral.caller()),
        summary(referral),
        new HotlineReferral(
            referral.ticketId(),
            referral.ticketNumber(),
            referral.eventId(),
            referral.referredAt()),
        MediationCase.HOTLINE_REFERRAL);
  }

  /** The caller as the applicant; an anonymous caller left no contact to record. */
  private static List<Party> applicant(TicketReferral.Contact caller) {
    if (caller == null
        || caller.anonymous()
        || (isBlank(caller.name()) && isBlank(caller.phone()))) {
      return List.of();
    }
    return List.of(new Party(PartyRole.APPLICANT, caller.name(), caller.phone(), null));
  }

  private static String summary(TicketReferral referral) {
    String description = referral.description() == null ? "" : referral.description();
    return isBlank(referral.note()) ? description : description + "\n" + referral.note();
  }

  /** Over the contract's maxLength (civicline.ticket.referral.v1.schema.json). */
  private static boolean longer(String value, int maxLength) {
    return value != null && value.length() > maxLength;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
