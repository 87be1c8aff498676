package io.civicline.localstack.load;

import io.civicline.events.ReferenceData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The figures of the run's year as DESIGN.md defines them, computed from the load's own record of
 * what it did, added to what they were before it: what the stats service must show. Everything of a
 * run happens within the year it started in (the runner checks), so each ticket and case counts in
 * that year.
 */
final class ExpectedFigures {

  static final List<String> HOTLINE_BREAKDOWNS =
      List.of("district", "category", "channel", "department");
  static final List<String> MEDIATION_BREAKDOWNS = List.of("district", "type", "body");

  private static final Set<String> SATISFIED =
      Set.of("VERY_SATISFIED", "SATISFIED", "BASICALLY_SATISFIED");

  private ExpectedFigures() {}

  /**
   * Counts by slice and figure name on top of {@code baseline} (what the figures showed before the
   * run), then the rates; tickets whose journey failed are left out.
   */
  static Map<Slice, Map<String, Number>> hotline(
      List<TicketRecord> tickets, Map<Slice, Map<String, Long>> baseline) {
    Map<Slice, Map<String, Long>> counts = copy(baseline);
    for (TicketRecord t : tickets) {
      if (t.failure != null || t.id == null) {
        continue;
      }
      Map<String, Long> of = new LinkedHashMap<>();
      boolean original = !t.duplicate;
      of.put("received", one(original));
      of.put("callsAnswered", one(original && t.channel.equals("PHONE")));
      of.put("resolvedOnFirstContact", one(original && t.answeredAtIntake));
      of.put("dispatched", one(t.dispatched));
      of.put("signedOnTime", one(t.signed));
      of.put("returned", (long) t.returns);
      of.put("extended", (long) t.extensionsGranted);
      of.put("completed", one(t.replied));
      of.put("completedOnTime", one(t.repliedByDepartment));
      of.put("rated", t.ratings.stream().filter(r -> !r.equals("UNREACHABLE")).count());
      of.put("satisfied", t.ratings.stream().filter(SATISFIED::contains).count());
      of.put("reopened", (long) t.reopens);
      of.put("referred", one(t.referred));
      of.put("open", one(t.isOpen()));
      of.put("overdue", 0L);
      List<Slice> slices = new ArrayList<>();
      slices.add(Slice.CITY);
      slices.add(new Slice("district", t.district));
      slices.add(new Slice("category", t.category));
      slices.add(new Slice("channel", t.channel));
      if (t.department != null) {
        slices.add(new Slice("department", t.department));
      }
      addTo(counts, slices, of);
    }
    Map<Slice, Map<String, Number>> figures = new LinkedHashMap<>();
    counts.forEach(
        (slice, c) -> {
          Map<String, Number> all = new TreeMap<>(c);
          all.put("resolvedOnFirstContactRate", rate(c, "resolvedOnFirstContact", "received"));
          all.put("signedOnTimeRate", rate(c, "signedOnTime", "dispatched"));
          all.put("completedOnTimeRate", rate(c, "completedOnTime", "completed"));
          all.put("satisfactionRate", rate(c, "satisfied", "rated"));
          figures.put(slice, all);
        });
    return figures;
  }

  static Map<Slice, Map<String, Number>> mediation(
      List<CaseRecord> cases, ReferenceData reference, Map<Slice, Map<String, Long>> baseline) {
    Map<Slice, Map<String, Long>> counts = copy(baseline);
    for (CaseRecord c : cases) {
      if (c.failure != null || c.id == null) {
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
