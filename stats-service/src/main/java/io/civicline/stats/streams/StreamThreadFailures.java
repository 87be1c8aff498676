package io.civicline.stats.streams;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The stream threads that died lately. A dead thread is replaced, which hides a fault that kills
 * every replacement too (e.g. an internal topic with the wrong partitions): the health reports such
 * a streak instead of a ready instance that counts nothing.
 */
final class StreamThreadFailures {

  /** This many deaths within {@link #WINDOW} is a streak, not a hiccup. */
  static final int STREAK = 3;

  static final Duration WINDOW = Duration.ofMinutes(5);

  private final Clock clock;
  private final Deque<Instant> deaths = new ArrayDeque<>();
  private String lastError;

  StreamThreadFailures(Clock clock) {
    this.clock = clock;
  }

  synchronized void died(Throwable error) {
    deaths.addLast(clock.instant());
    lastError = error.toString();
    forgetOld();
  }

  /** The last error when threads keep dying; null otherwise. */
  synchronized String streak() {
    forgetOld();
    return deaths.size() >= STREAK ? lastError : null;
  }

  private void forgetOld() {
    Instant since = clock.instant().minus(WINDOW);
    while (!deaths.isEmpty() && deaths.peekFirst().isBefore(since)) {
      deaths.removeFirst();
    }
  }
}
