package io.civicline.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * A ticket handed to mediation: the one record that carries personal data (the caller's contact and
 * the description the mediator needs), on its own topic {@link Topics#REFERRALS}, read by
 * mediation-service alone. The ticket id is the dedupe key: one ticket, at most one case.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketReferral(
    String type,
    String eventId,
    String ticketId,
    String ticketNumber,
    Instant referredAt,
    String referredBy,
    String district,
    String category,
    String topic,
    Contact caller,
    String description,
    String note) {

  /** The CloudEvents type of a referral. */
  public static final String TYPE = "civicline.ticket.referral.v1";

  /** How the mediator reaches the caller; empty for an anonymous caller. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Contact(String name, String phone, boolean anonymous) {

    @Override
    public String toString() {
      return "Contact[personal data]";
    }
  }

  @Override
  public String toString() {
    return "TicketReferral[" + ticketNumber + "]";
  }
}
