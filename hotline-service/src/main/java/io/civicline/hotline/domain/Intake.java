package io.civicline.hotline.domain;

import java.time.Instant;

/**
 * What was logged when the citizen got in touch. {@code answer} is the agent's answer when the
 * ticket was resolved on first contact. {@code place} is null until an agent records one (and on
 * tickets stored before places existed); unlike the other parts, agents may correct it later.
 */
public record Intake(
    String channel,
    String category,
    String topic,
    String district,
    Urgency urgency,
    Caller caller,
    String description,
    String answer,
    Instant receivedAt,
    String receivedBy,
    Place place) {

  /** The same intake at {@code next}. */
  Intake withPlace(Place next) {
    return new Intake(
        channel,
        category,
        topic,
        district,
        urgency,
        caller,
        description,
        answer,
        receivedAt,
        receivedBy,
        next);
  }
}
