package io.civicline.perf.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The scale benchmark's reads, one after another in rounds from one client, so that every read
 * meets the same load: each round reads each once, in order (a first page before its next page).
 */
final class ReadRounds {

  /** What one read saw: the latencies of its answers and its failures by kind. */
  record Timed(ListRead read, LatencyRecorder latencies, Outcomes failures) {}

  private ReadRounds() {}

  /** Reads {@code rounds} times, or until {@code stopAt} (nanoTime), whichever comes first. */
  static List<Timed> run(List<ListRead> reads, int rounds, long stopAt)
      throws InterruptedException {
    List<Timed> timed = new ArrayList<>();
    for (ListRead read : reads) {
      timed.add(new Timed(read, new LatencyRecorder(), new Outcomes()));
    }
    for (int round = 0; round < rounds && System.nanoTime() < stopAt; round++) {
      for (Timed one : timed) {
        long sent = System.nanoTime();
        try {
          one.read().once();
          one.latencies().record(System.nanoTime() - sent);
        } catch (IOException e) {
          one.failures().add(Outcomes.ofFailure(e) + ": " + BenchFolders.firstLine(e.getMessage()));
        }
      }
    }
    return timed;
  }
}
