package io.civicline.kit.limits;

import io.civicline.kit.problem.TooManyRequestsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} requests per key (a user, a client address) in any sliding {@code window},
 * kept in memory. Bounded: past {@code maxKeys} keys it forgets them all, so that a spray of
 * made-up keys cannot fill the memory (at worst a key gets a fresh allowance early).
 */
public final class RequestWindow {

  private final int limit;
  private final Duration window;
  private final int maxKeys;
  private final Clock clock;
  private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

  public RequestWindow(int limit, Duration window, int maxKeys, Clock clock) {
    if (limit < 1 || window.isNegative() || window.isZero() || maxKeys < 1) {
      throw new IllegalArgumentException("a request window needs a limit, a length and keys");
    }
    this.limit = limit;
    this.window = window;
    this.maxKeys = maxKeys;
    this.clock = clock;
  }

  /** Counts one request of {@code key}, or refuses it (429, {@code message}) over the limit. */
  public void admit(String key, String message) {
    Instant now = clock.instant();
    if (recent.size() >= maxKeys) {
      recent.clear();
    }
    Deque<Instant> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
        times.removeFirst();
      }
      if (times.size() >= limit) {
        throw new TooManyRequestsException(
            message, Duration.between(now, times.peekFirst().plus(window)));
      }
      times.addLast(now);
    }
  }

  public int limit() {
    return limit;
  }
}
