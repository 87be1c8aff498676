package io.civicline.stats.report;

import io.civicline.stats.api.FigureSource.FigureValues;
import io.civicline.stats.api.FigureSources;
import io.civicline.stats.figures.Breakdown;
import io.civicline.stats.figures.Period;
import io.civicline.stats.streams.FigureCounts;
import java.time.Year;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Makes the annual report of a year from the whole city's figures of that year, as the API serves
 * them, and the tables of {@link ReportTables}.
 */
@Component
class AnnualReports {

  private final FigureSources sources;
  private final FigureCounts counts;
  private final ReportTables tables;
  private final ReportMessages messages;
  private final CodeLabels labels;

  AnnualReports(
      FigureSources sources,
      FigureCounts counts,
      ReportTables tables,
      ReportMessages messages,
      CodeLabels labels) {
    this.sources = sources;
    this.counts = counts;
    this.tables = tables;
    this.messages = messages;
    this.labels = labels;
  }

  AnnualReport of(Year year, ReportLanguage language) {
    FigureValues hotline = cityFigures(ReportTables.HOTLINE, year);
    FigureValues mediation = cityFigures(ReportTables.MEDIATION, year);
    return new AnnualReport(
        year.getValue(),
        language,
        messages.get(language, "report.title", labels.city(language), year.toString()),
        List.of(
            new AnnualReport.Section(
                messages.get(language, "section.hotline"),
                List.of(
                    sentence(
                        language,
                        "hotline.summary",
                        hotline,
                        "received",
                        "callsAnswered",
                        "resolvedOnFirstContact",
                        "resolvedOnFirstContactRate",
                        "dispatched",
                        "responseRate",
                        "completed",
                        "completedOnTimeRate",
                        "satisfactionRate",
                        "resolutionRate"),
                    sentence(
                        language,
                        "hotline.followUp",
                        hotline,
                        "returned",
                        "extended",
                        "reopened",
                        "urged",
                        "referred",
                        "referralsConcluded")),
                tables.of(ReportTables.HOTLINE, year, language)),
            new AnnualReport.Section(
                messages.get(language, "section.mediation"),
                List.of(
                    sentence(
                        language,
                        "mediation.summary",
                        mediation,
                        "registered",
                        "declined",
                        "mediated",
                        "successful",
                        "successRate"),
                    sentence(
                        language,
                        "mediation.linkage",
                        mediation,
                        "linkage",
                        "judiciallyConfirmed")),
                tables.of(ReportTables.MEDIATION, year, language))));
  }

  /** The zone in which the city's years are counted. */
  ZoneId zone() {
    return sources.named(ReportTables.HOTLINE).figures().zone();
  }

  private FigureValues cityFigures(String family, Year year) {
    return sources.named(family).read(counts, Period.year(year), Breakdown.CITY);
  }

  /** The sentence {@code key} with the named figures as its arguments, rates as percentages. */
  private String sentence(
      ReportLanguage language, String key, FigureValues values, String... figures) {
    String[] args =
        Arrays.stream(figures)
            .map(
                figure ->
                    values.rates().containsKey(figure)
                        ? ReportNumbers.percent(values.rates().get(figure))
                        : ReportNumbers.text(values.figures().get(figure)))
            .toArray(String[]::new);
    return messages.get(language, key, args);
  }
}
