package io.civicline.perf.load;

import io.civicline.events.ReferenceData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the tables of the year's annual report as CSV (English labels) and lists each cell that
 * differs from what the load's record says. A table has a row per code of its breakdown, in
 * reference-data order, then the whole city; its columns are the figures named here, in order.
 */
final class ReportComparison {

  private record Table(String name, String family, String by, List<String> codes) {}

  private static final List<String> HOTLINE_COLUMNS =
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
          "referralsConcluded");

  private static final List<String> MEDIATION_COLUMNS =
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
          "daysToCloseMedian");

  private final DeskClient http;
  private final String reports;
  private final List<Table> tables;
  private int compared;

  ReportComparison(DeskClient http, String statsUrl, int year, ReferenceData reference) {
    this.http = http;
    this.reports = statsUrl + "/api/reports/annual/" + year + "/tables/";
    this.tables =
        List.of(
            new Table("hotline-districts", "hotline", "district", codes(reference.districts())),
            new Table(
                "hotline-categories", "hotline", "category", codes(reference.ticketCategories())),
            new Table("hotline-channels", "hotline", "channel", codes(reference.channels())),
            new Table(
                "hotline-departments", "hotline", "department", codes(reference.departments())),
            new Table("mediation-districts", "mediation", "district", codes(reference.districts())),
            new Table(
                "mediation-types",
                "mediation",
                "type",
                reference.disputeTypes().stream().map(ReferenceData.DisputeType::code).toList()),
            new Table(
                "mediation-bodies",
                "mediation",
                "body",
                reference.mediatingBodies().stream()
                    .map(ReferenceData.MediatingBody::code)
                    .toList()));
  }

  int compared() {
    return compared;
  }

  /** Every cell of the report's tables that differs from {@code expected}, by family. */
  List<String> differences(Map<String, Map<Slice, Map<String, Number>>> expected) {
    List<String> differences = new ArrayList<>();
    for (Table table : tables) {
      List<String> columns = table.family().equals("hotline") ? HOTLINE_COLUMNS : MEDIATION_COLUMNS;
      List<List<String>> rows =
          csv(http.text(FigureComparison.MANAGER, reports + table.name() + ".csv?lang=en"));
      if (rows.size() != table.codes().size() + 2) {
        differences.add(
            "report "
                + table.name()
                + ": "
                + (rows.size() - 2)
                + " rows, not "
                + table.codes().size());
        continue;
      }
      if (rows.get(0).size() != columns.size() + 1) {
        // A column added to the report would shift every cell: say so once, not cell by cell.
        differences.add(
            "report %s: %d columns, the load reads %d: its column list is out of date"
                .formatted(table.name(), rows.get(0).size() - 1, columns.size()));
        continue;
      }
      for (int r = 1; r < rows.size(); r++) {
        Slice slice =
            r == rows.size() - 1 ? Slice.CITY : new Slice(table.by(), table.codes().get(r - 1));
        Map<String, Number> want = expected.get(table.family()).getOrDefault(slice, Map.of());
        List<String> cells = rows.get(r);
        for (int c = 0; c < columns.size(); c++) {
          String figure = columns.get(c);
          if (!expectedOf(expected.get(table.family()), figure)) {
            continue; // not a figure the load computes (means and medians of days)
          }
          compared++;
          Number wanted = want.containsKey(figure) ? want.get(figure) : zero(figure);
          String got = c + 1 < cells.size() ? cells.get(c + 1) : null;
          if (!same(wanted, got)) {
            differences.add(
                "report %s %s %s: load %s, report %s"
                    .formatted(table.name(), slice, figure, wanted, got));
          }
        }
      }
    }
    return differences;
  }

  private static boolean expectedOf(Map<Slice, Map<String, Number>> expected, String figure) {
    return expected.values().stream().anyMatch(figures -> figures.containsKey(figure));
  }

  private static Number zero(String figure) {
    return figure.endsWith("Rate") ? null : 0L;
  }

  private static boolean same(Number wanted, String got) {
    if (got == null) {
      return false;
    }
    if (wanted == null) {
      return got.isEmpty();
    }
    try {
      return new BigDecimal(got).compareTo(new BigDecimal(wanted.toString())) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** RFC 4180 lines, without the byte order mark; quoted fields may hold commas and quotes. */
  static List<List<String>> csv(String text) {
    List<List<String>> rows = new ArrayList<>();
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < body.length(); i++) {
      char ch = body.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (ch == '\n') {
        row.add(field.toString().replace("\r", ""));
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(ch);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }

  private static List<String> codes(List<ReferenceData.Code> codes) {
    return codes.stream().map(ReferenceData.Code::code).toList();
  }
}
