package io.civicline.perf.bench;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The overdue watchers' rounds as a service's {@code /actuator/prometheus} shows them: per round
 * (the {@code round} tag of service-kit's {@code DeadlineWatch} timer), the cumulative histogram
 * buckets, the marked count and the recent maximum. The difference of two readings holds the rounds
 * between them; their percentiles are known to a bucket: the upper bound of the bucket holding the
 * rank.
 *
 * @param buckets round → bucket upper bound in seconds → rounds at or below it
 * @param marked round → records marked
 * @param max round → the longest round of the last minutes, in seconds
 */
record WatchRounds(
    Map<String, NavigableMap<Double, Long>> buckets,
    Map<String, Double> marked,
    Map<String, Double> max) {

  private static final String TIMER = "civicline_deadline_watch_round_seconds";
  private static final Pattern SAMPLE =
      Pattern.compile("^(\\w+)\\{([^}]*)\\}\\s+(\\S+)$", Pattern.MULTILINE);
  private static final Pattern ROUND = Pattern.compile("round=\"([^\"]*)\"");
  private static final Pattern LE = Pattern.compile("le=\"([^\"]*)\"");

  /** The watchers' figures in a Prometheus text exposition. */
  static WatchRounds parse(String exposition) {
    Map<String, NavigableMap<Double, Long>> buckets = new TreeMap<>();
    Map<String, Double> marked = new TreeMap<>();
    Map<String, Double> max = new TreeMap<>();
    Matcher sample = SAMPLE.matcher(exposition);
    while (sample.find()) {
      Matcher round = ROUND.matcher(sample.group(2));
      if (!round.find()) {
        continue;
      }
      String name = sample.group(1);
      double value = Double.parseDouble(sample.group(3));
      if (name.equals(TIMER + "_bucket")) {
        Matcher le = LE.matcher(sample.group(2));
        if (le.find()) {
          double bound =
              le.group(1).equals("+Inf")
                  ? Double.POSITIVE_INFINITY
                  : Double.parseDouble(le.group(1));
          buckets.computeIfAbsent(round.group(1), key -> new TreeMap<>()).put(bound, (long) value);
        }
      } else if (name.equals(TIMER + "_max")) {
        max.put(round.group(1), value);
      } else if (name.equals("civicline_deadline_watch_marked_total")) {
        marked.put(round.group(1), value);
      }
    }
    return new WatchRounds(buckets, marked, max);
  }

  /** What happened between {@code before} and this reading; the maximum is this reading's. */
  WatchRounds since(WatchRounds before) {
    Map<String, NavigableMap<Double, Long>> rounds = new TreeMap<>();
    buckets.forEach(
        (round, counts) -> {
          NavigableMap<Double, Long> earlier = before.buckets.getOrDefault(round, new TreeMap<>());
          NavigableMap<Double, Long> difference = new TreeMap<>();
          counts.forEach(
              (bound, count) -> difference.put(bound, count - earlier.getOrDefault(bound, 0L)));
          rounds.put(round, difference);
        });
    Map<String, Double> markedSince = new TreeMap<>();
    marked.forEach(
        (round, count) -> markedSince.put(round, count - before.marked.getOrDefault(round, 0.0)));
    return new WatchRounds(rounds, markedSince, max);
  }

  /** How many rounds of {@code round}. */
  long count(String round) {
    NavigableMap<Double, Long> counts = buckets.get(round);
    return counts == null || counts.isEmpty() ? 0 : counts.lastEntry().getValue();
  }

  /**
   * The upper bound, in nanoseconds, of the bucket holding the nearest-rank {@code percent}
   * percentile of {@code round}'s rounds; 0 without rounds, {@link Long#MAX_VALUE} past the last
   * bound.
   */
  long percentileBound(String round, double percent) {
    long count = count(round);
    if (count == 0) {
      return 0;
    }
    long rank = (long) Math.ceil(percent / 100.0 * count);
    for (Map.Entry<Double, Long> bucket : buckets.get(round).entrySet()) {
      if (bucket.getValue() >= rank) {
        return bucket.getKey().isInfinite() ? Long.MAX_VALUE : Math.round(bucket.getKey() * 1e9);
      }
    }
    return Long.MAX_VALUE;
  }
}
