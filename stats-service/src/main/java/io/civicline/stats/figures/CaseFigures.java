package io.civicline.stats.figures;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The figures of one kind of case ({@code S} is its snapshot) and the counters a snapshot counts
 * in. The topology and the API work from this alone, so hotline and mediation share them.
 */
public class CaseFigures<S> {

  private final ZoneId zone;
  private final List<Figure<S>> figures;
  private final List<ComputedFigure> computed;
  private final Function<S, List<Optional<Breakdown>>> breakdowns;

  /**
   * @param breakdowns the case's code in each dimension it is broken down by for every fact (empty
   *     when it has none); the whole city is always added, and a rule may charge a fact to a
   *     department besides ({@link Tally#charge})
   */
  protected CaseFigures(
      ZoneId zone,
      List<Figure<S>> figures,
      List<ComputedFigure> computed,
      Function<S, List<Optional<Breakdown>>> breakdowns) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.figures = List.copyOf(figures);
    this.computed = List.copyOf(computed);
    this.breakdowns = breakdowns;
  }

  /** Whether {@code code} is one of {@code codes}; an absent code is none of them. */
  protected static boolean oneOf(String code, Set<String> codes) {
    return code != null && codes.contains(code);
  }

  public ZoneId zone() {
    return zone;
  }

  /** Every figure, in the order the API lists them. */
  public List<Figure<S>> figures() {
    return figures;
  }

  /** The rates, means and medians computed from the counters when read, in API order. */
  public List<ComputedFigure> computed() {
    return computed;
  }

  /**
   * How much this snapshot counts in each counter; empty for no snapshot.
   *
   * @throws IllegalArgumentException for codes that cannot be part of a figure key
   */
  public Map<FigureKey, Long> countsOf(S snapshot) {
    Map<FigureKey, Long> counts = new LinkedHashMap<>();
    if (snapshot == null) {
      return counts;
    }
    S counted = counted(snapshot);
    List<Breakdown> own = new ArrayList<>();
    own.add(Breakdown.CITY);
    breakdowns.apply(counted).forEach(slice -> slice.ifPresent(own::add));
    CaseSlices slices = new CaseSlices(zone, own);
    for (Figure<S> figure : figures) {
      figure.rule().accept(counted, new Tally(figure.name(), slices, counts));
    }
    return counts;
  }

  /**
   * The snapshot as the figures' rules read it, worked out once per count; by default the snapshot
   * itself.
   */
  protected S counted(S snapshot) {
    return snapshot;
  }

  /**
   * The keys to read for every counter of one period and breakdown, in {@link #figures()} order;
   * live figures are read from {@link Period#NOW} whatever the period.
   */
  public List<FigureKey> keysFor(Period period, Breakdown breakdown) {
    return figures.stream()
        .flatMap(
            figure ->
                figure.counters().stream()
                    .map(
                        counter ->
                            new FigureKey(counter, figure.live() ? Period.NOW : period, breakdown)))
        .toList();
  }
}
