package io.civicline.stats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.civicline.events.ReferenceData;
import io.civicline.kit.problem.ApiProblems;
import io.civicline.kit.security.SecurityBaseline;
import io.civicline.stats.api.FigureAccessRules;
import io.civicline.stats.api.FigureSources;
import io.civicline.stats.figures.Breakdown;
import io.civicline.stats.figures.FigureKey;
import io.civicline.stats.figures.HotlineFigures;
import io.civicline.stats.figures.MediationFigures;
import io.civicline.stats.figures.Period;
import io.civicline.stats.streams.FigureCounts;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** The annual report's page and exports, from known counts with the stores mocked. */
@WebMvcTest(AnnualReportController.class)
@ImportAutoConfiguration(SecurityBaseline.class)
@Import({
  AnnualReportTests.Figures.class,
  FigureSources.class,
  FigureAccessRules.class,
  ApiProblems.class,
  AnnualReports.class,
  ReportTables.class,
  AnnualReportPage.class,
  ReportMessages.class,
  CodeLabels.class
})
@WithMockUser(roles = "MANAGER")
class AnnualReportTests {

  private static final Period YEAR = Period.parse("2022");

  private static final List<String> TABLES =
      List.of(
          "hotline-districts",
          "hotline-categories",
          "hotline-channels",
          "hotline-departments",
          "hotline-months",
          "mediation-districts",
          "mediation-types",
          "mediation-bodies",
          "mediation-months");

  @Autowired MockMvc mvc;

  @MockitoBean FigureCounts counts;

  @TestConfiguration
  static class Figures {
    @Bean
    HotlineFigures hotlineFigures() {
      return new HotlineFigures(ZoneId.of("Asia/Shanghai"));
    }

    @Bean
    MediationFigures mediationFigures() {
      return new MediationFigures(ZoneId.of("Asia/Shanghai"));
    }

    @Bean
    ReferenceData referenceData() {
      return ReferenceData.defaults();
    }
  }

  @Test
  void theSentenceCarriesTheYearsExactCountsAndRate() throws Exception {
    countTheCityYear(
        Map.of("mediated", 4812L, "successful", 4744L, "linkage", 627L, "registered", 4903L));

    String html = html("/api/reports/annual/2022");

    assertThat(html)
        .contains("伊春市2022年度")
        .contains("全市共调解纠纷4812件,调解成功4744件,调解成功率98.6%")
        .contains("通过“四所一庭”联动,化解矛盾627件")
        .contains("全年受理矛盾纠纷4903件");
    assertThat(cellsOf(html, "mediation-districts").get(11))
        .containsExactly("全市合计", "4903", "0", "4812", "4744", "98.6", "627", "0", "0", "—", "—");
  }

  @Test
  void theHotlineSentencesCarryTheResponseAndResolutionRatesUrgesAndMediationAnswers()
      throws Exception {
    countTheCityYear(
        Map.of(
            "dispatches", 8L,
            "signedOnTime", 6L,
            "rated", 3L,
            "resolved", 2L,
            "urged", 4L,
            "referred", 3L,
            "referralsConcluded", 2L));

    assertThat(html("/api/reports/annual/2022"))
        .contains("响应率75.0%")
        .contains("解决率66.7%")
        .contains("催办4次")
        .contains("转人民调解3件,人民调解已答复2件");
    assertThat(html("/api/reports/annual/2022?lang=en"))
        .contains("response rate: 75.0%")
        .contains("problems resolved: 66.7%")
        .contains("departments were urged 4 times");
  }

  @Test
  void aRateWithoutDenominatorIsADash() throws Exception {
    countTheCityYear(Map.of("received", 3L, "resolvedOnFirstContact", 1L));

    assertThat(html("/api/reports/annual/2022"))
        .contains("受理群众诉求3件")
        .contains("即时办结1件,即办率33.3%")
        .contains("回访满意率—")
        .doesNotContain("—%");
  }

  @Test
  void theEnglishReportHasTheSameNumbers() throws Exception {
    countTheCityYear(Map.of("mediated", 4812L, "successful", 4744L, "linkage", 627L));

    String html = html("/api/reports/annual/2022?lang=en");

    assertThat(html)
        .contains("lang=\"en\"")
        .contains("Yichun: 12345 hotline and dispute mediation, annual report 2022")
        .contains("4812 disputes were mediated, 4744 successfully: a success rate of 98.6%")
        .contains("linkage 627 disputes were resolved");
    assertThat(cellsOf(html, "mediation-districts").get(1)).startsWith("Yimei District");
    assertThat(cellsOf(html, "mediation-months").get(1)).startsWith("Jan");
  }

  @Test
  void everyTableHasARowPerCodeOfTheReferenceDataAndTheCityTotal() throws Exception {
    countEveryKey();
    ReferenceData reference = ReferenceData.defaults();

    String html = html("/api/reports/annual/2022");

    // a heading row, a row per code, the total
    assertThat(cellsOf(html, "hotline-districts")).hasSize(reference.districts().size() + 2);
    assertThat(cellsOf(html, "hotline-departments")).hasSize(reference.departments().size() + 2);
    assertThat(cellsOf(html, "mediation-bodies")).hasSize(reference.mediatingBodies().size() + 2);
    assertThat(cellsOf(html, "hotline-months")).hasSize(14);
    assertThat(cellsOf(html, "hotline-months").get(1).get(0)).isEqualTo("1月");
    assertThat(cellsOf(html, "mediation-types").get(0)).startsWith("纠纷类型", "受理(件)", "不予受理(件)");
    assertThat(html).contains("href=\"2022.xlsx?lang=zh\"");
    assertThat(html).contains("href=\"2022/tables/mediation-bodies.csv?lang=zh\"");
    assertThat(html).doesNotContain("<script").doesNotContain("http://").doesNotContain("https://");
  }

  @Test
  void eachCsvCarriesTheNumbersOfItsHtmlTable() throws Exception {
    countEveryKey();
    String html = html("/api/reports/annual/2022");

    for (String table : TABLES) {
      byte[] csv =
          mvc.perform(get("/api/reports/annual/2022/tables/" + table + ".csv"))
              .andExpect(status().isOk())
              .andExpect(content().contentType("text/csv;charset=UTF-8"))
              .andExpect(
                  header()
                      .string(
                          "Content-Disposition",
                          "attachment; filename=\"annual-report-2022-" + table + ".csv\""))
              .andReturn()
              .getResponse()
              .getContentAsByteArray();

      assertThat(Arrays.copyOf(csv, 3))
          .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF); // UTF-8 byte order mark
      assertThat(csvCells(csv)).as(table).isEqualTo(withoutDashes(cellsOf(html, table)));
    }
  }

  @Test
  void theWorkbookHasASheetPerTableWithTheNumbersOfTheHtmlAsNumbers() throws Exception {
    countEveryKey();
    String html = html("/api/reports/annual/2022");

    byte[] xlsx =
        mvc.perform(get("/api/reports/annual/2022.xlsx"))
            .andExpect(status().isOk())
            .andExpect(
                content()
                    .contentType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(TABLES.size());
      assertThat(workbook.getSheetName(5)).isEqualTo("矛盾纠纷调解分区县情况");
      for (int i = 0; i < TABLES.size(); i++) {
        assertThat(sheetCells(workbook.getSheetAt(i)))
            .as(TABLES.get(i))
            .isEqualTo(withoutDashes(cellsOf(html, TABLES.get(i))));
      }
      Cell successRate = workbook.getSheetAt(5).getRow(1).getCell(5);
      assertThat(successRate.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(successRate.getCellStyle().getDataFormatString()).isEqualTo("0.0");
      Cell mediated = workbook.getSheetAt(5).getRow(1).getCell(3);
      assertThat(mediated.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(mediated.getCellStyle().getDataFormatString()).isEqualTo("0");
    }
  }

  @Test
  void theExportsAreInTheLanguageAsked() throws Exception {
    countEveryKey();

    byte[] csv =
        mvc.perform(get("/api/reports/annual/2022/tables/hotline-channels.csv?lang=en"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

    assertThat(csvCells(csv).get(0)).startsWith("Channel", "Received");
    assertThat(csvCells(csv).get(1).get(0)).isEqualTo("Phone");
  }

  @Test
  void aYearThatIsNotFourDigitsOrOutOfRangeIsAProblemNamingTheYear() throws Exception {
    for (String year : List.of("22", "20222", "abcd", "1999", "2999", "2022.pdf")) {
      mvc.perform(get("/api/reports/annual/" + year))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.type").value("urn:civicline:problem:invalid-request"))
          .andExpect(jsonPath("$.errors[0].field").value("year"));
    }
    mvc.perform(get("/api/reports/annual/1999.xlsx"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("year"));
  }

  @Test
  void anUnknownLanguageIsAProblemNamingLang() throws Exception {
    mvc.perform(get("/api/reports/annual/2022").param("lang", "fr"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("lang"));
  }

  @Test
  void anUnknownTableIsNotFound() throws Exception {
    mvc.perform(get("/api/reports/annual/2022/tables/weather.csv"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:civicline:problem:not-found"));
  }

  @Test
  @WithMockUser(roles = "AGENT")
  void anAgentMayNotReadTheReport() throws Exception {
    mvc.perform(get("/api/reports/annual/2022")).andExpect(status().isForbidden());
    mvc.perform(get("/api/reports/annual/2022.xlsx")).andExpect(status().isForbidden());
  }

  @Test
  @WithAnonymousUser
  void aStrangerMustSignInFirst() throws Exception {
    mvc.perform(get("/api/reports/annual/2022")).andExpect(status().isUnauthorized());
  }

  private String html(String url) throws Exception {
    return mvc.perform(get(url))
        .andExpect(status().isOk())
        .andExpect(content().contentType("text/html;charset=UTF-8"))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  /** The given counts for the whole city in 2022 (and its months); every other counter is 0. */
  private void countTheCityYear(Map<String, Long> byFigure) {
    given(counts.of(anyString(), anyList()))
        .willAnswer(
            call -> {
              List<FigureKey> keys = call.getArgument(1);
              Map<FigureKey, Long> result = new LinkedHashMap<>();
              keys.forEach(
                  key ->
                      result.put(
                          key,
                          key.period().equals(YEAR) && key.breakdown().equals(Breakdown.CITY)
                              ? byFigure.getOrDefault(key.figure(), 0L)
                              : 0L));
              return result;
            });
  }

  /** A different count for (nearly) every counter, some of them 0, so that rates vary. */
  private void countEveryKey() {
    given(counts.of(anyString(), anyList()))
        .willAnswer(
            call -> {
              List<FigureKey> keys = call.getArgument(1);
              Map<FigureKey, Long> result = new LinkedHashMap<>();
              keys.forEach(key -> result.put(key, (long) Math.floorMod(key.hashCode(), 97)));
              return result;
            });
  }

  /** The cells of each row of the HTML table {@code name}, headings included, as printed. */
  private static List<List<String>> cellsOf(String html, String name) {
    int start = html.indexOf("id=\"" + name + "\"");
    assertThat(start).as(name).isNotNegative();
    String table = html.substring(start, html.indexOf("</table>", start));
    List<List<String>> rows = new ArrayList<>();
    Matcher row = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(table);
    while (row.find()) {
      List<String> cells = new ArrayList<>();
      Matcher cell = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>").matcher(row.group(1));
      while (cell.find()) {
        cells.add(HtmlUtils.htmlUnescape(cell.group(1)));
      }
      rows.add(cells);
    }
    return rows;
  }

  /** The exports leave a figure without value empty where the page prints a dash. */
  private static List<List<String>> withoutDashes(List<List<String>> rows) {
    return rows.stream()
        .map(cells -> cells.stream().map(cell -> cell.equals("—") ? "" : cell).toList())
        .toList();
  }

  private static List<List<String>> csvCells(byte[] csv) {
    String text = new String(csv, StandardCharsets.UTF_8).substring(1);
    assertThat(text).endsWith("\r\n");
    return Arrays.stream(text.split("\r\n"))
        .map(line -> Arrays.asList(line.split(",", -1)))
        .toList();
  }

  private static List<List<String>> sheetCells(Sheet sheet) {
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    List<List<String>> rows = new ArrayList<>();
    for (Row row : sheet) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
        cells.add(formatter.formatCellValue(row.getCell(c)));
      }
      rows.add(cells);
    }
    return rows;
  }
}
