package io.civicline.stats.hotspots;

import io.civicline.stats.api.FigureSources;
import io.civicline.stats.figures.Breakdown;
import io.civicline.stats.figures.Dimension;
import io.civicline.stats.figures.FigureKey;
import io.civicline.stats.figures.Period;
import io.civicline.stats.hotspots.HotSpotsView.Spot;
import io.civicline.stats.links.FigureLinks;
import io.civicline.stats.streams.FigureCounts;
import io.civicline.stats.streams.StatsTopology;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Finds the hot spots of a week from the daily counts of {@code received} by topic in a district
 * (or in a street): five weeks of days for each pair of the reference data, summed into the week
 * and the four weeks before, kept where {@link HotSpotRule} says far above.
 */
@Component
@EnableConfigurationProperties(HotSpotRule.class)
class HotSpots {

  private static final String RECEIVED = "received";

  /** No ratio (nothing before) ranks first: a spot out of nowhere is the hottest. */
  private static final Comparator<Spot> HOTTEST_FIRST =
      Comparator.comparing(Spot::ratio, Comparator.nullsFirst(Comparator.reverseOrder()))
          .thenComparing(Spot::received, Comparator.reverseOrder())
          .thenComparing(Spot::topic)
          .thenComparing(Spot::district)
          .thenComparing(Spot::street, Comparator.nullsFirst(Comparator.naturalOrder()));

  private final FigureSources sources;
  private final FigureCounts counts;
  private final FigureLinks links;
  private final HotSpotRule rule;

  HotSpots(FigureSources sources, FigureCounts counts, FigureLinks links, HotSpotRule rule) {
    this.sources = sources;
    this.counts = counts;
    this.links = links;
    this.rule = rule;
  }

  /** The hot spots of {@code week}, each a topic in a place of {@code kind}. */
  HotSpotsView of(HotSpotWeek week, Dimension kind) {
    List<LocalDate> days = week.firstBefore().datesUntil(week.last().plusDays(1)).toList();
    List<FigureKey> keys = new ArrayList<>();
    List<Breakdown> pairs =
        sources.codesOf(kind).stream().map(code -> new Breakdown(kind, code)).toList();
    pairs.forEach(
        pair -> days.forEach(day -> keys.add(new FigureKey(RECEIVED, Period.day(day), pair))));
    Map<FigureKey, Long> read = counts.of(StatsTopology.HOTLINE_FIGURES, keys);
    List<Spot> spots = new ArrayList<>();
    for (Breakdown pair : pairs) {
      long inWeek = 0;
      long before = 0;
      for (LocalDate day : days) {
        long count = read.getOrDefault(new FigureKey(RECEIVED, Period.day(day), pair), 0L);
        if (day.isBefore(week.first())) {
          before += count;
        } else {
          inWeek += count;
        }
      }
      if (rule.isHot(inWeek, before)) {
        spots.add(spot(pair, week, inWeek, before));
      }
    }
    spots.sort(HOTTEST_FIRST);
    return new HotSpotsView(
        week.first(),
        week.last(),
        week.firstBefore(),
        week.lastBefore(),
        rule.factor(),
        rule.minCount(),
        spots);
  }

  private Spot spot(Breakdown pair, HotSpotWeek week, long inWeek, long before) {
    String place = pair.topicAndPlace().get(1);
    boolean street = pair.dimension() == Dimension.TOPIC_STREET;
    return new Spot(
        pair.topicAndPlace().get(0),
        street ? sources.districtOfStreet(place) : place,
        street ? place : null,
        inWeek,
        before,
        HotSpotRule.weeklyMean(before),
        HotSpotRule.ratio(inWeek, before),
        links.of("hotline", RECEIVED, week.first(), week.last(), pair));
  }
}
