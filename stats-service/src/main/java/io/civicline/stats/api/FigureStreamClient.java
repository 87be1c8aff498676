package io.civicline.stats.api;

import io.civicline.stats.figures.Breakdown;
import io.civicline.stats.figures.FigureKey;
import io.civicline.stats.figures.Period;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open figure stream: the period and breakdown it watches, its emitter and, per family, whether
 * a change waits to be sent and when the family was last sent. Reading and sending hold this
 * object's lock, so that a later event never carries older figures than an earlier one.
 */
final class FigureStreamClient {

  private final SseEmitter emitter;
  private final Period period;
  private final String district;
  private final Breakdown breakdown;
  private final Map<String, Family> families;

  FigureStreamClient(
      SseEmitter emitter,
      Period period,
      String district,
      Breakdown breakdown,
      List<String> familyNames,
      Duration coalesce) {
    this.emitter = emitter;
    this.period = period;
    this.district = district;
    this.breakdown = breakdown;
    long longAgo = System.nanoTime() - coalesce.toNanos();
    this.families =
        familyNames.stream()
            .collect(
                Collectors.toMap(
                    name -> name, name -> new Family(longAgo), (a, b) -> a, LinkedHashMap::new));
  }

  SseEmitter emitter() {
    return emitter;
  }

  Period period() {
    return period;
  }

  /** Null for the whole city. */
  String district() {
    return district;
  }

  Breakdown breakdown() {
    return breakdown;
  }

  /** Whether the counter behind {@code key} is one of the figures this stream shows. */
  boolean watches(FigureKey key) {
    return key.breakdown().equals(breakdown)
        && (key.period().equals(period) || key.period().equals(Period.NOW));
  }

  /**
   * Notes a change of {@code family}. Returns how many nanoseconds to wait before sending it, or -1
   * when a send of that family is already on its way (it will read this change too).
   */
  long changed(String family, long coalesceNanos) {
    Family state = families.get(family);
    if (!state.pending.compareAndSet(false, true)) {
      return -1;
    }
    return Math.max(0, coalesceNanos - (System.nanoTime() - state.lastSent));
  }

  /**
   * Sends every family as {@code read} gives it now, in one go: the first events of a stream.
   * Changes noted meanwhile are sent after.
   */
  synchronized void sendAll(Function<String, FiguresView> read) throws IOException {
    // The first events do not start a pause: a change right after them is sent at once.
    families.values().forEach(family -> family.pending.set(false));
    for (String family : families.keySet()) {
      emitter.send(
          SseEmitter.event().name(family).data(read.apply(family), MediaType.APPLICATION_JSON));
    }
  }

  /**
   * Sends {@code family} as {@code read} gives it now. The pending mark is cleared before reading,
   * so a change stored during the read is sent again rather than lost.
   */
  synchronized void send(String family, Function<String, FiguresView> read) throws IOException {
    Family state = families.get(family);
    state.pending.set(false);
    state.lastSent = System.nanoTime();
    emitter.send(
        SseEmitter.event().name(family).data(read.apply(family), MediaType.APPLICATION_JSON));
  }

  /** A comment line: keeps proxies from closing an idle stream and finds clients that left. */
  synchronized void heartbeat() throws IOException {
    emitter.send(SseEmitter.event().comment("heartbeat"));
  }

  private static final class Family {

    final AtomicBoolean pending = new AtomicBoolean();
    volatile long lastSent;

    Family(long lastSent) {
      this.lastSent = lastSent;
    }
  }
}
