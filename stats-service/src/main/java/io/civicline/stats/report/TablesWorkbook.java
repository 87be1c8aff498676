package io.civicline.stats.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report's tables as one XLSX workbook: a sheet per table, named by its title, with the heading
 * in the first row and the total last. Figures are numeric cells, so that they add up in Excel:
 * counts formatted {@code 0}, rates, means and medians {@code 0.0}; a figure without value is an
 * empty cell.
 */
final class TablesWorkbook {

  private static final int LABEL_WIDTH = 32 * 256;
  private static final int FIGURE_WIDTH = 14 * 256;

  private TablesWorkbook() {}

  static byte[] of(List<ReportTable> tables) {
    try (Workbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      Styles styles = new Styles(workbook);
      tables.forEach(table -> sheet(workbook, styles, table));
      workbook.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sheet(Workbook workbook, Styles styles, ReportTable table) {
    Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
    Row heading = sheet.createRow(0);
    heading.createCell(0).setCellValue(table.rowHeading());
    for (int i = 0; i < table.columns().size(); i++) {
      heading.createCell(i + 1).setCellValue(table.columns().get(i));
      sheet.setColumnWidth(i + 1, FIGURE_WIDTH);
    }
    heading.forEach(cell -> cell.setCellStyle(styles.heading));
    sheet.setColumnWidth(0, LABEL_WIDTH);
    sheet.createFreezePane(1, 1);
    List<ReportTable.Row> rows = table.rowsAndTotal();
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r + 1);
      row.createCell(0).setCellValue(rows.get(r).label());
      List<Number> cells = rows.get(r).cells();
      for (int c = 0; c < cells.size(); c++) {
        Number value = cells.get(c);
        if (value != null) {
          var cell = row.createCell(c + 1);
          cell.setCellValue(value.doubleValue());
          cell.setCellStyle(value instanceof BigDecimal ? styles.decimal : styles.count);
        }
      }
    }
  }

  /** Cell styles are per workbook and limited in number: made once, shared by every sheet. */
  private static final class Styles {

    final CellStyle heading;
    final CellStyle count;
    final CellStyle decimal;

    Styles(Workbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      heading = workbook.createCellStyle();
      heading.setFont(bold);
      heading.setWrapText(true);
      count = workbook.createCellStyle();
      count.setDataFormat(workbook.createDataFormat().getFormat("0"));
      decimal = workbook.createCellStyle();
      decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
    }
  }
}
