package io.civicline.perf.load;

import io.civicline.events.ReferenceData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The figures of the run's year as the table in docs/design.md defines them, computed from the
 * load's own record of what it did, added to what they were before it: what the stats service must
 * show. A ticket's facts count in the year of their own times; a case of a run closes the day it
 * was registered, so it counts in the year the run started in (the runner checks it stays in one).
 */
final class ExpectedFigures {

  static final List<String> HOTLINE_BREAKDOWNS =
      List.of("district", "category", "topic", "channel", "department", "street");
  static final List<String> MEDIATION_BREAKDOWNS = List.of("district", "type", "body");

  private ExpectedFigures() {}

  /**
   * Counts by slice and figure name on top of {@code baseline} (what the figures showed before the
   * run), then the rates: every fact of the record in the period {@code inPeriod} accepts, by the
   * table in docs/design.md ({@link TicketTally}). A journey that failed keeps the facts it caused:
   * each was answered by the service (or read back after a lost answer), and a refused step changed
   * nothing.
   */
  static Map<Slice, Map<String, Number>> hotline(
      List<TicketRecord> tickets,
      Map<Slice, Map<String, Long>> baseline,
      Predicate<Instant> inPeriod) {
    Map<Slice, Map<String, Long>> counts = copy(baseline);
    for (TicketRecord t : tickets) {
      if (t.id != null) {
        TicketTally.add(counts, t, inPeriod);
      }
    }
    Map<Slice, Map<String, Number>> figures = new LinkedHashMap<>();
    counts.forEach(
        (slice, c) -> {
          Map<String, Number> all = new TreeMap<>(c);
          all.put("resolvedOnFirstContactRate", rate(c, "resolvedOnFirstContact", "received"));
          all.put("responseRate", rate(c, "signedOnTime", "dispatches"));
          all.put("completedOnTimeRate", rate(c, "completedOnTime", "completed"));
          all.put("satisfactionRate", rate(c, "satisfied", "rated"));
          all.put("resolutionRate", rate(c, "resolved", "rated"));
          figures.put(slice, all);
        });
    return figures;
  }

  static Map<Slice, Map<String, Number>> mediation(
      List<CaseRecord> cases, ReferenceData reference, Map<Slice, Map<String, Long>> baseline) {
    Map<Slice, Map<String, Long>> counts = copy(baseline);
    for (CaseRecord c : cases) {
      if (c.id == null) {
        continue;
      }
      boolean closed = c.isClosed();
      boolean successful = closed && "SUCCESS".equals(c.outcome);
      boolean linkage =
          c.body != null
              && reference.mediatingBodies().stream()
                  .anyMatch(b -> b.code().equals(c.body) && b.linkage());
      Map<String, Long> of = new LinkedHashMap<>();
      of.put("registered", one(!c.declined));
      of.put("declined", one(c.declined));
      of.put(
          "mediated", one(closed && ("SUCCESS".equals(c.outcome) || "FAILED".equals(c.outcome))));
      of.put("successful", one(successful));
      of.put("linkage", one(successful && linkage));
      of.put("judiciallyConfirmed", 0L);
      of.put("open", one(c.isOpen()));
      of.put("overdue", 0L);
      of.put("closed", one(closed));
      // Every case of a run closes on the day it was registered.
      of.put("daysToCloseTotal", 0L);
      List<Slice> slices = new ArrayList<>();
      slices.add(Slice.CITY);
      slices.add(new Slice("district", c.district));
      slices.add(new Slice("type", c.disputeType));
      if (c.body != null) {
        slices.add(new Slice("body", c.body));
      }
      addTo(counts, slices, of);
    }
    Map<Slice, Map<String, Number>> figures = new LinkedHashMap<>();
    counts.forEach(
        (slice, c) -> {
          Map<String, Number> all = new TreeMap<>(c);
          all.put("successRate", rate(c, "successful", "mediated"));
          figures.put(slice, all);
        });
    return figures;
  }

  private static Map<Slice, Map<String, Long>> copy(Map<Slice, Map<String, Long>> baseline) {
    Map<Slice, Map<String, Long>> counts = new LinkedHashMap<>();
    baseline.forEach((slice, figures) -> counts.put(slice, new LinkedHashMap<>(figures)));
    return counts;
  }

  private static void addTo(
      Map<Slice, Map<String, Long>> counts, List<Slice> slices, Map<String, Long> of) {
    for (Slice slice : slices) {
      Map<String, Long> sums = counts.computeIfAbsent(slice, s -> new LinkedHashMap<>());
      of.forEach((figure, n) -> sums.merge(figure, n, Long::sum));
    }
  }

  /** A percentage with one decimal, half up, as the reports print it; null without denominator. */
  static BigDecimal rate(Map<String, Long> counts, String part, String whole) {
    long of = counts.getOrDefault(whole, 0L);
    return of == 0
        ? null
        : BigDecimal.valueOf(counts.getOrDefault(part, 0L) * 100)
            .divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP);
  }

  private static long one(boolean counts) {
    return counts ? 1 : 0;
  }
}
