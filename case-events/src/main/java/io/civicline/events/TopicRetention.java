package io.civicline.events;

import java.time.Duration;

/**
 * How long the topics that carry personal data keep their records: {@link Topics#REFERRALS} (the
 * caller's name, phone and the description) and its dead-letter topic. The event topics carry codes
 * and ids only and keep everything (see {@link Topics#configOf}). A value left out is {@link
 * #DEFAULT}.
 */
public record TopicRetention(Duration referrals, Duration referralDeadLetters) {

  /** Long enough for mediation to register a referral after any outage; short under PIPL. */
  public static final Duration DEFAULT = Duration.ofDays(30);

  public static final TopicRetention DEFAULTS = new TopicRetention(DEFAULT, DEFAULT);

  public TopicRetention {
    referrals = positive(referrals == null ? DEFAULT : referrals, "referrals");
    referralDeadLetters =
        positive(
            referralDeadLetters == null ? DEFAULT : referralDeadLetters, "referral dead letters");
  }

  private static Duration positive(Duration retention, String of) {
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException(
          "The retention of " + of + " must be positive, not " + retention);
    }
    return retention;
  }
}
