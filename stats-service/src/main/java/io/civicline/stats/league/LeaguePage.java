package io.civicline.stats.league;

import io.civicline.events.ReferenceData;
import io.civicline.kit.console.ConsoleController;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The league on the dashboard (this month unless {@code period} says otherwise), rendered on the
 * server: a picker that is a plain form and a table, no script.
 */
@ConsoleController
class LeaguePage {

  private final League league;
  private final ReferenceData reference;

  LeaguePage(League league, ReferenceData reference) {
    this.league = league;
    this.reference = reference;
  }

  @GetMapping("/dashboard/league")
  String league(
      @RequestParam(required = false) String period,
      @RequestParam(defaultValue = "department") String by,
      Model model) {
    LeaguePeriod shown =
        period == null || period.isBlank()
            ? LeaguePeriod.parse(YearMonth.now(ZoneId.of(reference.city().zone())).toString())
            : LeaguePeriod.parse(period);
    LeagueView view = league.of(shown, LeagueController.by(by));
    model.addAttribute("league", view);
    model.addAttribute("names", names(view));
    return "dashboard/league";
  }

  /** The name of each row's code in the user's language. */
  private Map<String, String> names(LeagueView view) {
    boolean english =
        Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
    Map<String, String> names = new LinkedHashMap<>();
    view.rows()
        .forEach(
            row ->
                names.put(
                    row.code(),
                    (view.by().equals("district")
                            ? reference.district(row.code())
                            : reference.department(row.code()))
                        .map(code -> english ? code.en() : code.zh())
                        .orElse(row.code())));
    return names;
  }
}
