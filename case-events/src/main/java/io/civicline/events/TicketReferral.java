package io.civicline.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.Set;

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

  /**
   * The one list of the fields that are not personal data: ids, codes, times and the agent's user
   * name. Every other field ({@code caller}, {@code description}, {@code note}, and any field added
   * later until it is named here) is personal, and {@link ReferralRedaction} takes it out of a dead
   * letter.
   */
  public static final Set<String> NOT_PERSONAL =
      Set.of(
          "type",
          "eventId",
          "ticketId",
          "ticketNumber",
          "referredAt",
          "referredBy",
          "district",
          "category",
          "topic");

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
