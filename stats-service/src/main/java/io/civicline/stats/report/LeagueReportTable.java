package io.civicline.stats.report;

import io.civicline.stats.figures.Dimension;
import io.civicline.stats.league.League;
import io.civicline.stats.league.LeaguePeriod;
import io.civicline.stats.league.LeagueRow;
import io.civicline.stats.league.LeagueView;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The annual report's league table: the year's departments in rank order, with the whole city's
 * figures and score as the total. The live {@code overdue} is left out: it is not of the year.
 */
@Component
class LeagueReportTable {

  static final String NAME = "hotline-league";

  private static final List<String> FIGURES = List.of("dispatches", "extended", "urged");
  private static final List<String> RATES =
      List.of(
          "responseRate",
          "returnedRate",
          "completedOnTimeRate",
          "resolutionRate",
          "satisfactionRate",
          "reopenedRate");

  private final League league;
  private final CodeLabels labels;
  private final ReportMessages messages;

  LeagueReportTable(League league, CodeLabels labels, ReportMessages messages) {
    this.league = league;
    this.labels = labels;
    this.messages = messages;
  }

  ReportTable of(Year year, ReportLanguage language) {
    LeaguePeriod period = LeaguePeriod.parse(year.toString());
    LeagueView view = league.of(period, "department");
    List<String> columns = new ArrayList<>(List.of("rank", "score"));
    columns.addAll(FIGURES);
    columns.addAll(RATES);
    columns.add("previousRank");
    return new ReportTable(
        NAME,
        messages.get(language, "table." + NAME),
        messages.get(language, "rows.department"),
        columns.stream().map(column -> messages.get(language, "column.league." + column)).toList(),
        view.rows().stream()
            .map(row -> row(labels.of(Dimension.DEPARTMENT, row.code(), language), row))
            .toList(),
        row(messages.get(language, "row.total"), league.city(period)));
  }

  private static ReportTable.Row row(String label, LeagueRow row) {
    List<Number> cells = new ArrayList<>();
    cells.add(row.rank());
    cells.add(row.score());
    FIGURES.forEach(figure -> cells.add(row.figures().get(figure)));
    RATES.forEach(rate -> cells.add(row.rates().get(rate)));
    cells.add(row.previousRank());
    return new ReportTable.Row(label, cells);
  }
}
