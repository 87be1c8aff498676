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
    Place place) {}
