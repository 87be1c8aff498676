package io.civicline.stats.hotspots;

import io.civicline.stats.figures.HotlineFigures;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hot spots over HTTP; also under {@code /dashboard/figures/}, for the dashboard's signed-in
 * browser session, as the other figures are.
 */
@RestController
class HotSpotController {

  private final HotSpots hotSpots;
  private final ZoneId zone;

  HotSpotController(HotSpots hotSpots, HotlineFigures figures) {
    this.hotSpots = hotSpots;
    this.zone = figures.zone();
  }

  @GetMapping({"/api/stats/hotline/hotspots", "/dashboard/figures/hotline/hotspots"})
  HotSpotsView hotSpots(@RequestParam(required = false) String week) {
    return hotSpots.of(HotSpotWeek.parse(week, LocalDate.now(zone)));
  }
}
