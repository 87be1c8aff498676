package io.civicline.stats.report;

import io.civicline.kit.problem.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.regex.Pattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The annual report over HTTP: the page to print ({@code /api/reports/annual/2022?lang=zh|en}),
 * each table as CSV ({@code …/2022/tables/mediation-districts.csv}) and all tables as XLSX ({@code
 * …/2022.xlsx}).
 */
@RestController
// Also under /dashboard, where the manager's signed-in browser session applies (the API is
// stateless: Basic or a bearer token).
@RequestMapping({"/api/reports/annual", "/dashboard/reports/annual"})
class AnnualReportController {

  /** The earliest year a report is made for: an earlier one is a typing error. */
  private static final int FIRST_YEAR = 2000;

  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final AnnualReports reports;
  private final ReportTables tables;
  private final AnnualReportPage page;

  AnnualReportController(AnnualReports reports, ReportTables tables, AnnualReportPage page) {
    this.reports = reports;
    this.tables = tables;
    this.page = page;
  }

  @GetMapping("/{year}")
  ResponseEntity<String> html(
      @PathVariable String year,
      @RequestParam(defaultValue = "zh") String lang,
      HttpServletRequest request) {
    AnnualReport report = reports.of(yearOf(year), ReportLanguage.of(lang));
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .body(page.render(report, request.getContextPath()));
  }

  @GetMapping("/{year}/tables/{table}.csv")
  ResponseEntity<byte[]> csv(
      @PathVariable String year,
      @PathVariable String table,
      @RequestParam(defaultValue = "zh") String lang) {
    Year parsed = yearOf(year);
    ReportTable named = tables.named(table, parsed, ReportLanguage.of(lang));
    return download(CSV, "annual-report-" + parsed + "-" + named.name() + ".csv")
        .body(TableCsv.of(named));
  }

  @GetMapping("/{year}.xlsx")
  ResponseEntity<byte[]> xlsx(
      @PathVariable String year, @RequestParam(defaultValue = "zh") String lang) {
    Year parsed = yearOf(year);
    return download(XLSX, "annual-report-" + parsed + ".xlsx")
        .body(TablesWorkbook.of(tables.all(parsed, ReportLanguage.of(lang))));
  }

  private static ResponseEntity.BodyBuilder download(MediaType type, String filename) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(filename).build().toString());
  }

  /** A year from {@link #FIRST_YEAR} to the current one in the city, the year so far. */
  private Year yearOf(String text) {
    Year now = Year.now(reports.zone());
    int year = YEAR.matcher(text).matches() ? Integer.parseInt(text) : -1;
    if (year < FIRST_YEAR || year > now.getValue()) {
      throw new InvalidRequestException(
          "year", "'" + text + "' is not a year from " + FIRST_YEAR + " to " + now);
    }
    return Year.of(year);
  }
}
