/**
 * The annual report: the year's hotline and mediation figures as a city's annual report prints them
 * ({@code GET /api/reports/annual/{year}}, HTML for A4), and every table behind it as CSV and XLSX.
 * Its numbers come only from the figures the API serves.
 */
package io.civicline.stats.report;
