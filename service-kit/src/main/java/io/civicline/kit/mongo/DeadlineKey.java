package io.civicline.kit.mongo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The key of a case whose deadline is running, for the SLA watchers: the deadline's epoch
 * milliseconds, zero-padded so that keys sort as the deadlines do, then the case id, which makes it
 * unique. Kept in a field with a unique sparse index, present only while the deadline runs, so that
 * "running deadlines before now" is answered from that index alone.
 *
 * <p>Why a pattern and not {@code $lt}: the embedded MongoDB-wire server (mongo-java-server) uses
 * unique indexes only, and for equality, {@code $in} and regular expressions only; with {@code $lt}
 * it would read every document of the collection while holding its lock, once a minute. A regular
 * expression is matched against the index's keys, and MongoDB uses the index for it too.
 */
public final class DeadlineKey {

  /** Epoch milliseconds fill 13 digits until the year 2286; 15 leave room. */
  private static final String MILLIS = "%015d";

  private DeadlineKey() {}

  public static String of(Instant deadline, String id) {
    long millis = deadline.toEpochMilli();
    if (millis < 0) {
      throw new IllegalArgumentException("a deadline before 1970: " + deadline);
    }
    return String.format(MILLIS, millis) + "|" + id;
  }

  /** Matches exactly the keys whose deadline lies before {@code instant}. */
  public static Pattern before(Instant instant) {
    String limit = String.format(MILLIS, Math.max(0, instant.toEpochMilli()));
    // Fixed width: a key is smaller when, at the first digit where it differs, its digit is.
    List<String> smaller = new ArrayList<>();
    for (int i = 0; i < limit.length(); i++) {
      int digit = limit.charAt(i) - '0';
      if (digit > 0) {
        smaller.add(limit.substring(0, i) + "[0-" + (digit - 1) + "]");
      }
    }
    return Pattern.compile(smaller.isEmpty() ? "^(?!)" : "^(?:" + String.join("|", smaller) + ")");
  }
}
