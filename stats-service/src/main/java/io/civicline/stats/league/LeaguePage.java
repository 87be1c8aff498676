package io.civicline.stats.league;

import io.civicline.events.ReferenceData;
import io.civicline.kit.console.ConsoleController;
import io.civicline.stats.figures.Breakdown;
import io.civicline.stats.links.FigureLinks;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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

  /** The counts of a row that open the tickets behind them. */
  private static final List<String> LINKED = List.of("dispatches", "extended", "urged", "overdue");

  private final League league;
  private final ReferenceData reference;
  private final FigureLinks links;

  LeaguePage(League league, ReferenceData reference, FigureLinks links) {
    this.league = league;
    this.reference = reference;
    this.links = links;
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
    model.addAttribute("links", links(view, shown));
    return "dashboard/league";
  }

  /** Each row's counts → the hotline search of its tickets over the league's whole period. */
  private Map<String, Map<String, String>> links(LeagueView view, LeaguePeriod period) {
    LocalDate from = period.parts().get(0).start();
    LocalDate to = period.parts().get(period.parts().size() - 1).lastDay();
    Map<String, Map<String, String>> byCode = new HashMap<>();
    for (LeagueRow row : view.rows()) {
      Breakdown slice = new Breakdown(League.BY.get(view.by()), row.code());
      Map<String, String> counts = new HashMap<>();
      LINKED.forEach(figure -> counts.put(figure, links.of("hotline", figure, from, to, slice)));
      byCode.put(row.code(), counts);
    }
    return byCode;
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
