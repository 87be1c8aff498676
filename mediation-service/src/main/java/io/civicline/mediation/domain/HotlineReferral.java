package io.civicline.mediation.domain;

/** The 12345 ticket a case came from, so that the two link both ways. */
public record HotlineReferral(String ticketId, String ticketNumber) {}
