package io.civicline.stats.figures;

/**
 * What a figure is broken down by. {@code CITY} is no breakdown (the whole city); the others name
 * the reference-data code list their codes come from. {@code TOPIC_DISTRICT} combines two ({@link
 * Breakdown#topicDistrict}) and is counted for {@code received} alone, for the hot spots.
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
  TOPIC_DISTRICT
}
