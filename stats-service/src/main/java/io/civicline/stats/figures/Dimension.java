package io.civicline.stats.figures;

/**
 * What a figure is broken down by. {@code CITY} is no breakdown (the whole city); the others name
 * the reference-data code list their codes come from.
 */
public enum Dimension {
  CITY,
  DISTRICT,
  CATEGORY,
  TOPIC,
  TYPE,
  CHANNEL,
  DEPARTMENT,
  BODY
}
