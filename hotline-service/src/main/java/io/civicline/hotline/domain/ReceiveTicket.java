package io.civicline.hotline.domain;

/** What an agent logs at intake; codes already checked against the reference data. */
public record ReceiveTicket(
    String channel,
    String category,
    String district,
    Urgency urgency,
    Caller caller,
    String description,
    String agent) {}
