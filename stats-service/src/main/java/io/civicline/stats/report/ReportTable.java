package io.civicline.stats.report;

import java.util.List;
import java.util.stream.Stream;

/**
 * One table of the annual report as it is printed and exported, in the report's language: a row per
 * code of a breakdown (or per month), then the whole city's total. Cells are in column order:
 * counts are {@link Long}; rates, means and medians {@link java.math.BigDecimal} with one decimal;
 * null where the denominator is 0.
 *
 * @param name the table's name in URLs, e.g. {@code mediation-districts}
 * @param rowHeading the heading of the column that names the rows, e.g. 区县
 * @param columns the headings of the figures' columns, e.g. 调解成功率(%)
 */
record ReportTable(
    String name, String title, String rowHeading, List<String> columns, List<Row> rows, Row total) {

  record Row(String label, List<Number> cells) {

    /** The cells as the HTML prints them (public: the template calls it). */
    public List<String> texts() {
      return cells.stream().map(ReportNumbers::text).toList();
    }
  }

  /** The rows and then the total, as the exports write them. */
  List<Row> rowsAndTotal() {
    return Stream.concat(rows.stream(), Stream.of(total)).toList();
  }
}
