package io.civicline.hotline.domain;

/**
 * The citizen's rating at the callback, on the five levels of government service evaluation, or
 * {@link #UNREACHABLE} when nobody answered.
 */
public enum CallbackRating {
  VERY_SATISFIED,
  SATISFIED,
  BASICALLY_SATISFIED,
  UNSATISFIED,
  VERY_UNSATISFIED,
  UNREACHABLE;

  /** Whether the citizen answered, so could rate and say whether the problem is solved. */
  public boolean reachedCitizen() {
    return this != UNREACHABLE;
  }

  /** An unsatisfied citizen may have the ticket reopened (重办). */
  public boolean allowsReopening() {
    return this == UNSATISFIED || this == VERY_UNSATISFIED;
  }
}
