package io.civicline.stats.hotspots;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The hot spots of a week, highest ratio first, with the rule that found them.
 *
 * @param spots each a topic in a district (or in a street of it, {@code by=street}): the week's
 *     received tickets, those of the four weeks before, their weekly mean, the ratio (null: none
 *     before) and the link to the week's tickets
 */
record HotSpotsView(
    LocalDate from,
    LocalDate to,
    LocalDate beforeFrom,
    LocalDate beforeTo,
    BigDecimal factor,
    long minCount,
    List<Spot> spots) {

  record Spot(
      String topic,
      String district,
      String street,
      long received,
      long fourWeeksBefore,
      BigDecimal weeklyMean,
      BigDecimal ratio,
      String link) {}
}
