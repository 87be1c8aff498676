package io.civicline.stats.api;

import io.civicline.kit.problem.InvalidRequestException;
import io.civicline.stats.api.FigureSource.FigureValues;
import io.civicline.stats.figures.Breakdown;
import io.civicline.stats.figures.Dimension;
import io.civicline.stats.figures.Granularity;
import io.civicline.stats.figures.Period;
import io.civicline.stats.links.FigureLinks;
import io.civicline.stats.streams.FigureCounts;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hotline and mediation figures over HTTP: one period, broken down, or as a trend. Also served
 * under {@code /dashboard/figures/}, for the dashboard's signed-in browser session.
 */
@RestController
@RequestMapping({
  "/api/stats/{family:hotline|mediation}",
  "/dashboard/figures/{family:hotline|mediation}"
})
class StatsController {

  private final FigureSources sources;
  private final FigureCounts counts;
  private final FigureLinks links;

  StatsController(FigureSources sources, FigureCounts counts, FigureLinks links) {
    this.sources = sources;
    this.counts = counts;
    this.links = links;
  }

  /**
   * Every figure of one day, month or year, for the whole city (no or an empty {@code district}) or
   * one district.
   */
  @GetMapping(params = "!by")
  FiguresView figures(
      @PathVariable String family,
      @RequestParam String period,
      @RequestParam(required = false) String district) {
    FigureSource source = sources.named(family);
    Period parsed = FigureParameters.period(period);
    String code = FigureParameters.districtOrCity(district);
    Breakdown breakdown = FigureParameters.breakdown(code, sources);
    FigureValues values = source.read(counts, parsed, breakdown);
    return new FiguresView(
        parsed.toString(),
        parsed.granularity(),
        source.figures().zone().getId(),
        code,
        values.figures(),
        values.rates(),
        links.of(family, parsed, breakdown));
  }

  /**
   * Every figure of one period, a row per code of the {@code by} dimension (only that district's
   * row when {@code district} is given with {@code by=district}, only its streets' with {@code
   * by=street}).
   */
  @GetMapping(params = "by")
  BreakdownView breakdown(
      @PathVariable String family,
      @RequestParam String period,
      @RequestParam(required = false) String district,
      @RequestParam String by) {
    FigureSource source = sources.named(family);
    Period parsed = FigureParameters.period(period);
    Dimension dimension = dimensionOf(source, by);
    String code = FigureParameters.districtOrCity(district);
    if (code != null && dimension != Dimension.DISTRICT && dimension != Dimension.STREET) {
      throw new InvalidRequestException(
          "by",
          "figures are counted by one dimension at a time: district= goes with by=district or"
              + " by=street");
    }
    List<String> codes =
        code == null
            ? sources.codesOf(dimension)
            : dimension == Dimension.STREET
                ? sources.streetsOf(FigureParameters.knownDistrict(code, sources))
                : List.of(FigureParameters.knownDistrict(code, sources));
    List<BreakdownView.Row> rows =
        codes.stream()
            .map(
                each -> {
                  Breakdown slice = new Breakdown(dimension, each);
                  FigureValues values = source.read(counts, parsed, slice);
                  return new BreakdownView.Row(
                      each, values.figures(), values.rates(), links.of(family, parsed, slice));
                })
            .toList();
    return new BreakdownView(
        parsed.toString(), parsed.granularity(), source.figures().zone().getId(), by, rows);
  }

  /**
   * Every figure of each day of a month ({@code YYYY-MM}) or each month of a year ({@code YYYY}).
   */
  @GetMapping("/trend")
  TrendView trend(
      @PathVariable String family,
      @RequestParam String period,
      @RequestParam(required = false) String district) {
    FigureSource source = sources.named(family);
    Period parsed = FigureParameters.period(period);
    if (parsed.granularity() == Granularity.DAY) {
      throw new InvalidRequestException(
          "period", "a trend is of a month (YYYY-MM) or a year (YYYY)");
    }
    String code = FigureParameters.districtOrCity(district);
    Breakdown breakdown = FigureParameters.breakdown(code, sources);
    List<TrendView.Point> points =
        parsed.parts().stream()
            .map(
                part -> {
                  FigureValues values = source.read(counts, part, breakdown);
                  return new TrendView.Point(
                      part.toString(),
                      values.figures(),
                      values.rates(),
                      links.of(family, part, breakdown));
                })
            .toList();
    return new TrendView(
        parsed.toString(), parsed.granularity(), source.figures().zone().getId(), code, points);
  }

  private static Dimension dimensionOf(FigureSource source, String by) {
    Dimension dimension = source.breakdowns().get(by);
    if (dimension == null) {
      throw new InvalidRequestException(
          "by",
          "'" + by + "' is not one of " + source.breakdowns().keySet().stream().sorted().toList());
    }
    return dimension;
  }
}
