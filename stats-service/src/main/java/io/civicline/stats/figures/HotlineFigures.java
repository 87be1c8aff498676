package io.civicline.stats.figures;

import io.civicline.events.TicketSnapshot;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The one place that defines the hotline figures: which figures exist, which breakdowns they have
 * and in which counters a ticket's snapshot counts. Adding a figure or a breakdown is a change here
 * only; the topology counts whatever keys this gives.
 */
public final class HotlineFigures {

  /** Every hotline figure, in the order the API lists them. */
  public static final List<TicketFigure> FIGURES = List.of(TicketFigure.RECEIVED);

  private final ZoneId zone;

  /**
   * @param zone the city's time zone, in which days, months and years are counted
   */
  public HotlineFigures(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  public ZoneId zone() {
    return zone;
  }

  /** The counters this snapshot counts in; empty for no snapshot. */
  public Set<FigureKey> keysOf(TicketSnapshot snapshot) {
    Set<FigureKey> keys = new LinkedHashSet<>();
    if (snapshot == null) {
      return keys;
    }
    List<Breakdown> breakdowns = breakdownsOf(snapshot);
    for (TicketFigure figure : FIGURES) {
      Instant at = figure.instantOf(snapshot);
      if (at == null) {
        continue;
      }
      for (Period period : Period.containing(at, zone)) {
        for (Breakdown breakdown : breakdowns) {
          keys.add(new FigureKey(figure.name(), period, breakdown));
        }
      }
    }
    return keys;
  }

  /** The keys to read for every figure of one period and breakdown, in {@link #FIGURES} order. */
  public List<FigureKey> keysFor(Period period, Breakdown breakdown) {
    return FIGURES.stream().map(figure -> new FigureKey(figure.name(), period, breakdown)).toList();
  }

  private static List<Breakdown> breakdownsOf(TicketSnapshot snapshot) {
    List<Breakdown> breakdowns = new ArrayList<>();
    breakdowns.add(Breakdown.CITY);
    if (snapshot.district() != null && !snapshot.district().isEmpty()) {
      breakdowns.add(Breakdown.district(snapshot.district()));
    }
    return breakdowns;
  }
}
