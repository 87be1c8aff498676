package io.civicline.stats.report;

import java.util.List;

/**
 * The annual report of one year in one language: its title, then a section for the hotline and one
 * for mediation, each with the sentences that sum it up and its tables.
 */
record AnnualReport(int year, ReportLanguage language, String title, List<Section> sections) {

  record Section(String heading, List<String> summary, List<ReportTable> tables) {}
}
