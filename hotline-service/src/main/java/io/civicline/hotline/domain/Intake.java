package io.civicline.hotline.domain;

import java.time.Instant;

/**
 * What was logged when the citizen got in touch. {@code answer} is the agent's answer when the
 * ticket was resolved on first contact.
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
    String receivedBy) {}
