package io.civicline.stats.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One report table as CSV (RFC 4180): UTF-8 with a byte order mark, without which Excel reads the
 * Chinese as gibberish; a heading line, a line per row, the total last. A figure without value is
 * an empty field, which spreadsheets read as no number.
 */
final class TableCsv {

  private static final String BYTE_ORDER_MARK = "\uFEFF";
  private static final String LINE_END = "\r\n";

  private TableCsv() {}

  static byte[] of(ReportTable table) {
    StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
    List<String> heading = new ArrayList<>();
    heading.add(table.rowHeading());
    heading.addAll(table.columns());
    line(csv, heading);
    for (ReportTable.Row row : table.rowsAndTotal()) {
      List<String> fields = new ArrayList<>();
      fields.add(row.label());
      row.cells().forEach(cell -> fields.add(cell == null ? "" : ReportNumbers.text(cell)));
      line(csv, fields);
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder csv, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      csv.append(i == 0 ? "" : ",").append(quoted(fields.get(i)));
    }
    csv.append(LINE_END);
  }

  private static String quoted(String field) {
    return field.contains(",")
            || field.contains("\"")
            || field.contains("\n")
            || field.contains("\r")
        ? "\"" + field.replace("\"", "\"\"") + "\""
        : field;
  }
}
