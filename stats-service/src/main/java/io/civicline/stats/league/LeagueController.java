package io.civicline.stats.league;

import io.civicline.kit.problem.InvalidRequestException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The league over HTTP; also under {@code /dashboard/figures/}, for the dashboard's signed-in
 * browser session, as the other figures are.
 */
@RestController
class LeagueController {

  private final League league;

  LeagueController(League league) {
    this.league = league;
  }

  @GetMapping({"/api/stats/hotline/league", "/dashboard/figures/hotline/league"})
  LeagueView league(
      @RequestParam String period, @RequestParam(defaultValue = "department") String by) {
    return league.of(LeaguePeriod.parse(period), by(by));
  }

  /** {@code department} or {@code district}, else a 400 naming {@code by}. */
  static String by(String by) {
    if (!League.BY.containsKey(by)) {
      throw new InvalidRequestException(
          "by", "'" + by + "' is not one of " + League.BY.keySet().stream().sorted().toList());
    }
    return by;
  }
}
