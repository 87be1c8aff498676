package io.civicline.perf.bench;

import java.io.IOException;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many requests ended how ({@code HTTP 201}, {@code HTTP 503}, {@code HttpTimeoutException}
 * ...), counted from many threads at once.
 */
final class Outcomes {

  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

  void add(String outcome) {
    counts.computeIfAbsent(outcome, key -> new LongAdder()).increment();
  }

  /** One create request and how it ended; {@code status} is -1 when no HTTP answer came. */
  record Attempt(int status, String outcome) {

    boolean created() {
      return status == TicketApi.CREATED;
    }
  }

  /** Sends one create and names its outcome; an interrupt ends the caller's loop. */
  static Attempt attempt(TicketApi api) throws InterruptedException {
    try {
      int status = api.create();
      return new Attempt(status, ofStatus(status));
    } catch (IOException e) {
      return new Attempt(-1, ofFailure(e));
    }
  }

  static String ofStatus(int status) {
    return "HTTP " + status;
  }

  static String ofFailure(Exception e) {
    return e.getClass().getSimpleName();
  }

  /** The counts so far, sorted by outcome. */
  SortedMap<String, Long> snapshot() {
    SortedMap<String, Long> copy = new TreeMap<>();
    counts.forEach((outcome, count) -> copy.put(outcome, count.sum()));
    return copy;
  }

  /** The counts without {@code except}, e.g. every outcome but success. */
  SortedMap<String, Long> snapshotWithout(String except) {
    SortedMap<String, Long> copy = snapshot();
    copy.remove(except);
    return copy;
  }

  long total() {
    return counts.values().stream().mapToLong(LongAdder::sum).sum();
  }
}
