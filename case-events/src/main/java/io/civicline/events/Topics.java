package io.civicline.events;

import java.util.List;
import java.util.Map;

/** The one place that names the event topics and how they are configured. */
public final class Topics {

  /** Every change of a hotline ticket; key = ticket id; codes and ids only. */
  public static final String TICKET_EVENTS = "hotline.ticket-events";

  /** Tickets handed to mediation, with the caller's contact; read by mediation-service alone. */
  public static final String REFERRALS = "hotline.referrals";

  /** Every change of a mediation case; key = case id; codes and ids only. */
  public static final String CASE_EVENTS = "mediation.case-events";

  public static final String DLQ_SUFFIX = ".dlq";

  /** Partitions of each event topic: enough for two instances of every consumer to share work. */
  public static final int PARTITIONS = 3;

  /** The topic setting that bounds how long records are kept; -1 keeps them forever. */
  public static final String RETENTION_MS = "retention.ms";

  private Topics() {}

  public static String deadLetterOf(String topic) {
    return topic + DLQ_SUFFIX;
  }

  /**
   * The settings of one of {@link #all()}: the event topics and their dead-letter topics keep every
   * record, so that figures can always be rebuilt by replaying them; the referrals and their
   * dead-letter topic, which hold personal data, keep theirs for the given time.
   */
  public static Map<String, String> configOf(String topic, TopicRetention retention) {
    if (topic.equals(REFERRALS)) {
      return retention(retention.referrals().toMillis());
    }
    if (topic.equals(deadLetterOf(REFERRALS))) {
      return retention(retention.referralDeadLetters().toMillis());
    }
    return retention(-1);
  }

  private static Map<String, String> retention(long millis) {
    return Map.of(RETENTION_MS, String.valueOf(millis));
  }

  /** The event topics followed by their dead-letter topics. */
  public static List<String> all() {
    return List.of(
        TICKET_EVENTS,
        REFERRALS,
        CASE_EVENTS,
        deadLetterOf(TICKET_EVENTS),
        deadLetterOf(REFERRALS),
        deadLetterOf(CASE_EVENTS));
  }
}
