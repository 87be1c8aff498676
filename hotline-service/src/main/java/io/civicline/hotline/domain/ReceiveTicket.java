package io.civicline.hotline.domain;

/**
 * What an agent logs at intake; codes already checked against the reference data. A non-null {@code
 * answer} means the agent resolved the ticket on first contact (即办); {@code place} may be null.
 */
public record ReceiveTicket(
    String channel,
    String category,
    String topic,
    String district,
    Urgency urgency,
    Caller caller,
    String description,
    String answer,
    String agent,
    Place place) {

  /** The longest description and caller's name a citizen may send themselves, in characters. */
  public static final int MAX_DESCRIPTION = 4_000;

  public static final int MAX_NAME = 50;
}
