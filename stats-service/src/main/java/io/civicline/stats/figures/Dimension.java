package io.civicline.stats.figures;

/**
 * What a figure is broken down by. {@code CITY} is no breakdown (the whole city); the others name
 * the reference-data code list their codes come from. {@code TOPIC_DISTRICT} and {@code
 * TOPIC_STREET} combine two ({@link Breakdown#topicIn}) and are counted for {@code received} alone,
 * for the hot spots. {@code STREET} is the ticket's street (街道/乡镇) of its newest snapshot.
 */
public enum Dimension {
  CITY,
  DISTRICT,
  CATEGORY,
  TOPIC,
  TYPE,
  CHANNEL,
  DEPARTMENT,
  BODY,
  TOPIC_DISTRICT,
  STREET,
  TOPIC_STREET
}
