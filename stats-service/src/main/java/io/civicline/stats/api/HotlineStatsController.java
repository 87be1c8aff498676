package io.civicline.stats.api;

import io.civicline.events.ReferenceData;
import io.civicline.kit.problem.InvalidRequestException;
import io.civicline.stats.figures.Breakdown;
import io.civicline.stats.figures.FigureKey;
import io.civicline.stats.figures.HotlineFigures;
import io.civicline.stats.figures.Period;
import io.civicline.stats.streams.FigureCounts;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/stats")
class HotlineStatsController {

  private final HotlineFigures figures;
  private final FigureCounts counts;
  private final ReferenceData reference;

  HotlineStatsController(HotlineFigures figures, FigureCounts counts, ReferenceData reference) {
    this.figures = figures;
    this.counts = counts;
    this.reference = reference;
  }

  /**
   * Every hotline figure of one day, month or year, for the whole city (no or an empty {@code
   * district}) or one district.
   */
  @GetMapping("/hotline")
  HotlineFiguresView hotline(
      @RequestParam String period, @RequestParam(required = false) String district) {
    Period parsed = periodOf(period);
    String code = district == null || district.isBlank() ? null : district;
    Breakdown breakdown = code == null ? Breakdown.CITY : districtOf(code);
    Map<String, Long> values = new LinkedHashMap<>();
    counts
        .of(figures.keysFor(parsed, breakdown))
        .forEach((FigureKey key, Long count) -> values.put(key.figure(), count));
    return new HotlineFiguresView(
        parsed.toString(), parsed.granularity(), figures.zone().getId(), code, values);
  }

  private static Period periodOf(String text) {
    try {
      return Period.parse(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          "period", e.getMessage() + "; use YYYY, YYYY-MM or YYYY-MM-DD");
    }
  }

  private Breakdown districtOf(String code) {
    return reference
        .district(code)
        .map(known -> Breakdown.district(known.code()))
        .orElseThrow(
            () -> new InvalidRequestException("district", "'" + code + "' is not a district code"));
  }
}
