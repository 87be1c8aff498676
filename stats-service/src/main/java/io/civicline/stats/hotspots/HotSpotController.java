package io.civicline.stats.hotspots;

import io.civicline.kit.problem.InvalidRequestException;
import io.civicline.stats.figures.Dimension;
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

  /** {@code by}: {@code district} (topics in a district, the default) or {@code street}. */
  @GetMapping({"/api/stats/hotline/hotspots", "/dashboard/figures/hotline/hotspots"})
  HotSpotsView hotSpots(
      @RequestParam(required = false) String week, @RequestParam(required = false) String by) {
    return hotSpots.of(HotSpotWeek.parse(week, LocalDate.now(zone)), pairOf(by));
  }

  private static Dimension pairOf(String by) {
    if (by == null || by.isBlank() || by.equals("district")) {
      return Dimension.TOPIC_DISTRICT;
    }
    if (by.equals("street")) {
      return Dimension.TOPIC_STREET;
    }
    throw new InvalidRequestException("by", "'" + by + "' is not one of [district, street]");
  }
}
