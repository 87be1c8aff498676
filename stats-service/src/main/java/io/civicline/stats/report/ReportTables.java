package io.civicline.stats.report;

import io.civicline.kit.problem.NotFoundException;
import io.civicline.stats.api.FigureSource;
import io.civicline.stats.api.FigureSource.FigureValues;
import io.civicline.stats.api.FigureSources;
import io.civicline.stats.figures.Breakdown;
import io.civicline.stats.figures.ComputedFigure;
import io.civicline.stats.figures.Dimension;
import io.civicline.stats.figures.Figure;
import io.civicline.stats.figures.Period;
import io.civicline.stats.streams.FigureCounts;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The tables behind the annual report, by name: a family's figures of the year by one breakdown of
 * the API or by month, each with the whole city's total, read exactly as the API reads them. Live
 * figures (open and overdue now) are left out: they are not of the year.
 */
@Component
class ReportTables {

  static final String HOTLINE = "hotline";
  static final String MEDIATION = "mediation";
  private static final String MONTHS = "month";

  /** Name, family and breakdown ({@code by=} of the API, or months), in print order. */
  private record Spec(String name, String family, String by) {}

  private static final List<Spec> SPECS =
      List.of(
          new Spec("hotline-districts", HOTLINE, "district"),
          new Spec("hotline-categories", HOTLINE, "category"),
          new Spec("hotline-channels", HOTLINE, "channel"),
          new Spec("hotline-departments", HOTLINE, "department"),
          new Spec("hotline-months", HOTLINE, MONTHS),
          new Spec("mediation-districts", MEDIATION, "district"),
          new Spec("mediation-types", MEDIATION, "type"),
          new Spec("mediation-bodies", MEDIATION, "body"),
          new Spec("mediation-months", MEDIATION, MONTHS));

  /** The figures each family's tables show, by their API names, in column order. */
  private static final Map<String, List<String>> COLUMNS =
      Map.of(
          HOTLINE,
          List.of(
              "received",
              "callsAnswered",
              "resolvedOnFirstContact",
              "resolvedOnFirstContactRate",
              "dispatched",
              "dispatches",
              "signedOnTime",
              "responseRate",
              "returned",
              "extended",
              "completed",
              "completedOnTime",
              "completedOnTimeRate",
              "rated",
              "satisfied",
              "satisfactionRate",
              "resolved",
              "resolutionRate",
              "reopened",
              "urged",
              "referred",
              "referralsConcluded"),
          MEDIATION,
          List.of(
              "registered",
              "declined",
              "mediated",
              "successful",
              "successRate",
              "linkage",
              "judiciallyConfirmed",
              "closed",
              "daysToCloseMean",
              "daysToCloseMedian"));

  private final FigureSources sources;
  private final FigureCounts counts;
  private final CodeLabels labels;
  private final ReportMessages messages;

  ReportTables(
      FigureSources sources, FigureCounts counts, CodeLabels labels, ReportMessages messages) {
    this.sources = sources;
    this.counts = counts;
    this.labels = labels;
    this.messages = messages;
    COLUMNS.forEach(this::requireDefined);
  }

  /** Every table, in print order. */
  List<ReportTable> all(Year year, ReportLanguage language) {
    return SPECS.stream().map(spec -> build(spec, year, language)).toList();
  }

  /** The tables of one family ({@link #HOTLINE} or {@link #MEDIATION}), in print order. */
  List<ReportTable> of(String family, Year year, ReportLanguage language) {
    return SPECS.stream()
        .filter(spec -> spec.family().equals(family))
        .map(spec -> build(spec, year, language))
        .toList();
  }

  /**
   * The table called {@code name}.
   *
   * @throws NotFoundException when there is none
   */
  ReportTable named(String name, Year year, ReportLanguage language) {
    return SPECS.stream()
        .filter(spec -> spec.name().equals(name))
        .findFirst()
        .map(spec -> build(spec, year, language))
        .orElseThrow(() -> new NotFoundException("table", name));
  }

  private ReportTable build(Spec spec, Year year, ReportLanguage language) {
    FigureSource source = sources.named(spec.family());
    List<String> figures = COLUMNS.get(spec.family());
    Period period = Period.year(year);
    List<ReportTable.Row> rows =
        spec.by().equals(MONTHS)
            ? monthRows(source, period, figures, language)
            : codeRows(source, source.breakdowns().get(spec.by()), period, figures, language);
    List<String> columns =
        figures.stream()
            .map(figure -> messages.get(language, "column." + spec.family() + "." + figure))
            .toList();
    return new ReportTable(
        spec.name(),
        messages.get(language, "table." + spec.name()),
        messages.get(language, "rows." + spec.by()),
        columns,
        rows,
        row(
            messages.get(language, "row.total"),
            source.read(counts, period, Breakdown.CITY),
            figures));
  }

  /** A row per month of the year, named as the language names months (1月, Jan). */
  private List<ReportTable.Row> monthRows(
      FigureSource source, Period year, List<String> figures, ReportLanguage language) {
    return year.parts().stream()
        .map(
            month ->
                row(
                    month.start().getMonth().getDisplayName(TextStyle.SHORT, language.locale()),
                    source.read(counts, month, Breakdown.CITY),
                    figures))
        .toList();
  }

  /** A row per code of {@code dimension}, in reference-data order as the API's {@code by=}. */
  private List<ReportTable.Row> codeRows(
      FigureSource source,
      Dimension dimension,
      Period year,
      List<String> figures,
      ReportLanguage language) {
    return sources.codesOf(dimension).stream()
        .map(
            code ->
                row(
                    labels.of(dimension, code, language),
                    source.read(counts, year, new Breakdown(dimension, code)),
                    figures))
        .toList();
  }

  private static ReportTable.Row row(String label, FigureValues values, List<String> figures) {
    return new ReportTable.Row(
        label,
        figures.stream()
            .map(
                figure ->
                    values.rates().containsKey(figure)
                        ? (Number) values.rates().get(figure)
                        : values.figures().get(figure))
            .toList());
  }

  /** A renamed figure must fail the start, not print as an empty column. */
  private void requireDefined(String family, List<String> columns) {
    FigureSource source = sources.named(family);
    Set<String> defined = new HashSet<>();
    source.figures().figures().stream().map(Figure::name).forEach(defined::add);
    source.figures().computed().stream().map(ComputedFigure::name).forEach(defined::add);
    columns.stream()
        .filter(column -> !defined.contains(column))
        .findFirst()
        .ifPresent(
            column -> {
              throw new IllegalStateException(
                  "the report shows " + family + " figure '" + column + "', which is not defined");
            });
  }
}
