package io.civicline.stats.figures;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * One figure and its definition: how a case's snapshot counts in it. A period figure counts at
 * instants (in the day, month and year containing each); a {@code live} figure counts in {@link
 * Period#NOW} while the case is in some state. A snapshot may count several times in one counter
 * (e.g. each return of a ticket), so that the figure follows the newest snapshot alone.
 *
 * <p>A figure with {@code buckets > 0} is a histogram: one counter per whole value 0 … buckets−1
 * (the last also holding every larger value), named {@link #bucket(String, int)}, from which exact
 * medians are read.
 */
public record Figure<S>(String name, boolean live, int buckets, BiConsumer<S, Tally> rule) {

  public Figure {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(rule, "rule");
    if (buckets < 0) {
      throw new IllegalArgumentException("buckets must not be negative");
    }
  }

  /** A plain counter counted by {@code rule}. */
  public Figure(String name, boolean live, BiConsumer<S, Tally> rule) {
    this(name, live, 0, rule);
  }

  /** The counter of {@code value} in histogram {@code name}, e.g. {@code daysToClose.12}. */
  public static String bucket(String name, int value) {
    return name + "." + value;
  }

  /** The counters this figure keeps: its name, or one per bucket of a histogram. */
  public List<String> counters() {
    return buckets == 0
        ? List.of(name)
        : IntStream.range(0, buckets).mapToObj(value -> bucket(name, value)).toList();
  }

  /** Counts once at the instant {@code at} gives, or not at all when that is null. */
  public static <S> Figure<S> once(String name, Function<S, Instant> at) {
    return new Figure<>(name, false, (snapshot, tally) -> tally.add(at.apply(snapshot), 1));
  }

  /** Counts once at each instant {@code at} gives (none for null). */
  public static <S> Figure<S> each(String name, Function<S, List<Instant>> at) {
    return new Figure<>(
        name,
        false,
        (snapshot, tally) -> {
          List<Instant> instants = at.apply(snapshot);
          if (instants != null) {
            instants.forEach(instant -> tally.add(instant, 1));
          }
        });
  }

  /** Counts once in {@link Period#NOW} while {@code now} holds for the snapshot. */
  public static <S> Figure<S> live(String name, Predicate<S> now) {
    return new Figure<>(
        name,
        true,
        (snapshot, tally) -> {
          if (now.test(snapshot)) {
            tally.addNow();
          }
        });
  }
}
