package io.civicline.hotline.domain;

/** How fast a ticket must be handled; it sets the default deadline once tickets are dispatched. */
public enum Urgency {
  NORMAL,
  URGENT,
  VERY_URGENT
}
