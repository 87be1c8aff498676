package io.civicline.stats.api;

import io.civicline.stats.figures.Period;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The figures of one period as Server-Sent Events: first {@code event: hotline} and {@code event:
 * mediation}, each the JSON of {@code GET /api/stats/{family}} ({@link FiguresView}); then the
 * family again whenever one of its figures of that period and breakdown (or a live one) changes, at
 * most every {@code civicline.stats.stream.coalesce}. Also served at {@code
 * /dashboard/figures/stream}, for the dashboard's signed-in browser session.
 */
@RestController
class FigureStreamController {

  private final FigureStream stream;
  private final FigureSources sources;

  FigureStreamController(FigureStream stream, FigureSources sources) {
    this.stream = stream;
    this.sources = sources;
  }

  /** A day, month or year, for the whole city (no or an empty {@code district}) or one district. */
  @GetMapping({"/api/stats/stream", "/dashboard/figures/stream"})
  SseEmitter stream(@RequestParam String period, @RequestParam(required = false) String district) {
    Period parsed = FigureParameters.period(period);
    String code = FigureParameters.districtOrCity(district);
    return stream.open(parsed, code, FigureParameters.breakdown(code, sources));
  }
}
