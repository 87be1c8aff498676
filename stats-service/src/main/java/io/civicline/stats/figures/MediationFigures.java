package io.civicline.stats.figures;

import static io.civicline.stats.figures.Breakdown.of;

import io.civicline.events.MediationCaseSnapshot;
import io.civicline.events.MediationCaseSnapshot.Closing;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The one place that defines the mediation (人民调解) figures of docs/design.md: which exist, how a
 * case's snapshot counts in them and what they are broken down by (district, dispute type and
 * mediating body).
 */
public final class MediationFigures extends CaseFigures<MediationCaseSnapshot> {

  /** Outcomes of a mediation that took place; withdrawn and transferred cases were not mediated. */
  static final Set<String> MEDIATED = Set.of("SUCCESS", "FAILED");

  static final String SUCCESS = "SUCCESS";

  private static final Set<String> OPEN = Set.of("REGISTERED", "MEDIATING");

  /** Histogram of whole days from registration to closing, for the exact median. */
  static final String DAYS_TO_CLOSE = "daysToClose";

  /**
   * Days 0 … 365, the last bucket holding a year or more: a time limit is a month or two, so the
   * median is exact unless half the cases took over a year; reading costs one key per bucket.
   */
  static final int DAYS_TO_CLOSE_BUCKETS = 366;

  private static final List<Figure<MediationCaseSnapshot>> FIGURES =
      List.of(
          Figure.once("registered", s -> s.declinedAt() == null ? s.registeredAt() : null),
          Figure.once("declined", MediationCaseSnapshot::declinedAt),
          Figure.each("mediated", s -> closedAt(s, closing -> oneOf(closing.outcome(), MEDIATED))),
          Figure.each("successful", s -> closedAt(s, MediationFigures::successful)),
          Figure.each(
              "linkage",
              s ->
                  Boolean.TRUE.equals(s.linkageBody())
                      ? closedAt(s, MediationFigures::successful)
                      : List.of()),
          Figure.once(
              "judiciallyConfirmed",
              s -> SUCCESS.equals(s.outcome()) ? s.judicialConfirmedAt() : null),
          Figure.live("open", MediationFigures::open),
          Figure.live("overdue", s -> open(s) && Boolean.TRUE.equals(s.overdue())),
          Figure.each("closed", s -> closedAt(s, closing -> true)),
          new Figure<>(
              "daysToCloseTotal",
              false,
              (s, tally) ->
                  closings(s).forEach(c -> tally.add(c.at(), daysToClose(s, c, tally.zone())))),
          new Figure<>(
              DAYS_TO_CLOSE,
              false,
              DAYS_TO_CLOSE_BUCKETS,
              (s, tally) ->
                  closings(s)
                      .forEach(
                          c ->
                              tally.addToBucket(
                                  c.at(),
                                  daysToClose(s, c, tally.zone()),
                                  DAYS_TO_CLOSE_BUCKETS))));

  private static final List<ComputedFigure> COMPUTED =
      List.of(
          Ratio.percent("successRate", "successful", "mediated"),
          Ratio.mean("daysToCloseMean", "daysToCloseTotal", "closed"),
          new Median("daysToCloseMedian", DAYS_TO_CLOSE, DAYS_TO_CLOSE_BUCKETS));

  /**
   * @param zone the city's time zone, in which days, months and years are counted
   */
  public MediationFigures(ZoneId zone) {
    super(
        zone,
        FIGURES,
        COMPUTED,
        s ->
            List.of(
                of(Dimension.DISTRICT, s.district()),
                of(Dimension.TYPE, s.disputeType()),
                of(Dimension.BODY, s.body())));
  }

  private static boolean successful(Closing closing) {
    return SUCCESS.equals(closing.outcome());
  }

  private static boolean open(MediationCaseSnapshot s) {
    return oneOf(s.status(), OPEN);
  }

  /**
   * Every closing of the case, each counted at its own time: a case closed FAILED and reopened
   * keeps that mediation. A snapshot written before closings were listed has at most its current
   * one (a reopened case then is not closed until it closes again).
   */
  private static List<Closing> closings(MediationCaseSnapshot s) {
    if (s.closings() != null) {
      return s.closings();
    }
    return open(s) || s.registeredAt() == null || s.closedAt() == null
        ? List.of()
        : List.of(new Closing(s.closedAt(), s.outcome()));
  }

  private static List<Instant> closedAt(MediationCaseSnapshot s, Predicate<Closing> which) {
    return closings(s).stream().filter(which).map(Closing::at).toList();
  }

  /** Calendar days from registration to a closing, in the city's time zone. */
  private static long daysToClose(MediationCaseSnapshot s, Closing closing, ZoneId zone) {
    return s.registeredAt() == null
        ? 0
        : ChronoUnit.DAYS.between(
            s.registeredAt().atZone(zone).toLocalDate(), closing.at().atZone(zone).toLocalDate());
  }
}
