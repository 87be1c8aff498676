package io.civicline.kit.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The refused requests of a scripted run, counted by its workers as they happen: refused by the
 * state machine (409), stale (409 for the version), forbidden (403) and invalid (400); and which
 * side won each kind of race.
 */
public final class ScriptTally {

  public final LongAdder refused = new LongAdder();
  public final LongAdder stale = new LongAdder();
  public final LongAdder forbidden = new LongAdder();
  public final LongAdder invalid = new LongAdder();
  public final Map<String, LongAdder> raceWinners = new ConcurrentSkipListMap<>();

  /** Counts one race of this kind and outcome. */
  public void wonRace(String race) {
    raceWinners.computeIfAbsent(race, k -> new LongAdder()).increment();
  }

  /** The refusals' line of the run's summary. */
  public String refusals() {
    return "  refused (409 state) %d, stale (409 version) %d, forbidden (403) %d, invalid (400) %d%n"
        .formatted(refused.sum(), stale.sum(), forbidden.sum(), invalid.sum());
  }
}
