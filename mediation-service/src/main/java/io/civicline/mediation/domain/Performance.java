package io.civicline.mediation.domain;

/** What the performance follow-up (履行回访) found about the keeping of an agreement. */
public enum Performance {
  FULFILLED,
  PARTLY_FULFILLED,
  NOT_FULFILLED
}
